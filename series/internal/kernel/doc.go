// Package kernel holds the inner loops of the bulk functions of package
// series that are written for speed rather than for reading: packed
// division (SSE2 on amd64, a scalar loop elsewhere or with the purego
// build tag), a faster e^x − 1, and the record that shares one call's loop
// between goroutines.
//
// It checks nothing that its callers check first and knows nothing of
// series' errors: Quotient reports whether every value was usable, and a
// Job's parts return whatever error their function returns.
package kernel
