//go:build !unix

package extract

import "time"

// cpuTime is not measured on this system: 0 disables the metric.
func cpuTime() time.Duration { return 0 }
