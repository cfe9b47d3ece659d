package main

import (
	"slices"
	"testing"
)

func TestWithExperiment(t *testing.T) {
	for _, tc := range []struct {
		name, before, want string
	}{
		{"unset", "", "GOEXPERIMENT=jsonv2"},
		{"kept", "greenteagc", "GOEXPERIMENT=greenteagc,jsonv2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOEXPERIMENT", tc.before)
			env := withExperiment([]string{"GOOS=js", "GOEXPERIMENT=" + tc.before})
			if got := env[len(env)-1]; got != tc.want {
				t.Errorf("last entry = %q, want %q (a later entry wins in os/exec)", got, tc.want)
			}
			if !slices.Contains(env, "GOOS=js") {
				t.Errorf("withExperiment dropped GOOS=js: %q", env)
			}
		})
	}
}
