package boilerplate

// smooth is jusText's context-sensitive classification (Pomikálek 2011,
// §3.2.2): short blocks take the class of their nearest good or bad
// neighbours, then near-good blocks do. The document edges count as bad.
// When a short block sits between a good and a bad neighbour, it becomes
// good if a near-good block lies between it and the bad one. Near-good
// blocks become bad only between two bad neighbours. Each pass is linear:
// the nearest neighbours are found by one sweep in each direction.
func smooth(cs []class) {
	n := len(cs)
	prev, prevNG := make([]class, n), make([]class, n)
	next, nextNG := make([]class, n), make([]class, n)
	sweep := func(order func(yield func(int) bool), near, nearNG []class) {
		last, lastNG := bad, bad
		for i := range order {
			near[i], nearNG[i] = last, lastNG
			switch cs[i] {
			case good, bad:
				last, lastNG = cs[i], cs[i]
			case nearGood:
				lastNG = nearGood
			}
		}
	}
	forward := func(yield func(int) bool) {
		for i := 0; i < n && yield(i); i++ {
		}
	}
	backward := func(yield func(int) bool) {
		for i := n - 1; i >= 0 && yield(i); i-- {
		}
	}
	sweep(forward, prev, prevNG)
	sweep(backward, next, nextNG)
	out := make([]class, n)
	copy(out, cs)
	for i, c := range cs {
		if c != short {
			continue
		}
		switch {
		case prev[i] == good && next[i] == good:
			out[i] = good
		case prev[i] == bad && next[i] == bad:
			out[i] = bad
		case prev[i] == bad && prevNG[i] == nearGood,
			next[i] == bad && nextNG[i] == nearGood:
			out[i] = good
		default:
			out[i] = bad
		}
	}
	copy(cs, out)
	sweep(forward, prev, prevNG)
	sweep(backward, next, nextNG)
	for i, c := range cs {
		if c == nearGood {
			if prev[i] == bad && next[i] == bad {
				out[i] = bad
			} else {
				out[i] = good
			}
		}
	}
	copy(cs, out)
}
