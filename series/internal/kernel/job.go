package kernel

import "sync"

// Job is one call of a bulk function whose loop is shared between
// goroutines: part p runs Part(j, lo, hi) over [bounds[p], bounds[p+1]),
// rows of windows or values. Part is a function, not a closure, and Jobs
// are kept for reuse, so that a call allocates nothing once a first call
// has made the record.
type Job struct {
	Part func(j *Job, lo, hi int) error

	// The operands, for Part to read.
	Dst, Src []float64
	Lag      int
	X        float64

	wg     sync.WaitGroup
	bounds []int
	errs   []error
}

type jobPart struct {
	job  *Job
	part int
}

// jobs keeps Job records between calls. It is a buffered channel rather
// than a sync.Pool because a pool is emptied by every other garbage
// collection, and a call then allocates again.
var (
	jobs  = make(chan *Job, 8)
	parts = make(chan jobPart)
)

// NewJob returns a Job that runs part, a kept one if there is one.
func NewJob(part func(j *Job, lo, hi int) error) *Job {
	var j *Job
	select {
	case j = <-jobs:
	default:
		j = new(Job)
	}
	j.Part = part
	return j
}

// Split adds a boundary between parts: the first call gives where the
// first part starts, the last where the last part ends.
func (j *Job) Split(i int) { j.bounds = append(j.bounds, i) }

// worker does one part of one job. It is started with no arguments, so
// that the go statement needs no closure on the heap; it takes its part
// from parts. Each Run sends exactly as many parts as it starts workers,
// so every worker gets a part, whichever Run started it.
func worker() {
	p := <-parts
	j := p.job
	j.errs[p.part] = j.Part(j, j.bounds[p.part], j.bounds[p.part+1])
	j.wg.Done()
}

// Run runs the parts, the first on the calling goroutine and each other
// on a goroutine of its own, waits for them all, keeps j for reuse and
// returns the error of the first part that failed: the first bad value in
// order, as one loop over all the parts would report. j must not be used
// after Run.
func (j *Job) Run() error {
	n := len(j.bounds) - 1
	j.errs = append(j.errs[:0], make([]error, n)...)
	j.wg.Add(n - 1)
	for p := 1; p < n; p++ {
		go worker()
		parts <- jobPart{job: j, part: p}
	}
	j.errs[0] = j.Part(j, j.bounds[0], j.bounds[1])
	j.wg.Wait()
	var err error
	for _, e := range j.errs {
		if e != nil {
			err = e
			break
		}
	}
	clear(j.errs)
	j.Part, j.Dst, j.Src, j.bounds = nil, nil, nil, j.bounds[:0]
	select {
	case jobs <- j:
	default: // more calls at once than records kept: let this one go
	}
	return err
}
