package gonbplot

// ClosePipe closes the connection to the pipe, as the end of a program
// does, for tests.
func ClosePipe() {
	pipe.Lock()
	defer pipe.Unlock()
	if pipe.f != nil {
		pipe.f.Close()
		pipe.f = nil
	}
}
