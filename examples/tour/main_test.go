package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

func TestTour(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	main()
	os.Stdout = stdout
	w.Close()
	got, _ := io.ReadAll(r)
	want := "Facebook advertising revenue 2012→2019: 16.28×, CAGR 48.97%\n" +
		"consistent: true\n" +
		"€265 million = $277.27 million at 1.0463 (2022-11-28)\n"
	if string(got) != want {
		t.Errorf("tour printed\n%s\nwant\n%s", got, want)
	}
}

// TestREADME keeps the README's tour the same as this program.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	body := src[bytes.Index(src, []byte("package main")):]
	if !strings.Contains(string(readme), string(body)) {
		t.Error("README.md does not contain examples/tour/main.go from its package clause on; copy it in")
	}
}
