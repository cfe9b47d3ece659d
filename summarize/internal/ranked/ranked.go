// Package ranked is a binary heap of any element type, ordered by a
// function given when it is made: container/heap without the five methods
// each of its users would otherwise write again.
package ranked

import "container/heap"

// Heap holds items with the first by its order on top.
type Heap[T any] struct {
	// Items are in heap order: Items[0] is the top. A caller may fill or
	// truncate Items directly and then call Init, or read them in any order.
	Items  []T
	before func(a, b T) bool
}

// New returns an empty heap whose top is the item that comes before every
// other by before(a, b), which reports whether a comes before b.
func New[T any](before func(a, b T) bool) *Heap[T] {
	return &Heap[T]{before: before}
}

// Len returns the number of items.
func (h *Heap[T]) Len() int { return len(h.Items) }

// Init orders Items, after the caller has set them.
func (h *Heap[T]) Init() { heap.Init(order[T]{h}) }

// Push adds x.
func (h *Heap[T]) Push(x T) { heap.Push(order[T]{h}, x) }

// Pop removes and returns the top item; the heap must not be empty.
func (h *Heap[T]) Pop() T { return heap.Pop(order[T]{h}).(T) }

// Fix restores the order after Items[i] changed.
func (h *Heap[T]) Fix(i int) { heap.Fix(order[T]{h}, i) }

// order is the heap.Interface view of a Heap.
type order[T any] struct{ h *Heap[T] }

func (o order[T]) Len() int           { return len(o.h.Items) }
func (o order[T]) Less(a, b int) bool { return o.h.before(o.h.Items[a], o.h.Items[b]) }
func (o order[T]) Swap(a, b int)      { o.h.Items[a], o.h.Items[b] = o.h.Items[b], o.h.Items[a] }
func (o order[T]) Push(x any)         { o.h.Items = append(o.h.Items, x.(T)) }
func (o order[T]) Pop() any {
	last := o.h.Items[len(o.h.Items)-1]
	o.h.Items = o.h.Items[:len(o.h.Items)-1]
	return last
}
