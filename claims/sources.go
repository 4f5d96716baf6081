package claims

import (
	"slices"
	"strings"
)

// Sources returns the event id and every row that reports the same event
// from another source, in file order: a row whose id is id followed by a
// dot and a name for the source (hastings-board.thr corroborates
// hastings-board).
func (t *Events) Sources(id string) []Event {
	if t == nil {
		return nil
	}
	var out []Event
	for _, x := range t.order {
		if x == id || strings.HasPrefix(x, id+".") {
			out = append(out, t.byID[x])
		}
	}
	return out
}

// Alleged reports whether the event rests on a party's allegation (source
// kind A).
func (e Event) Alleged() bool { return e.Source.Kind == "A" }

// citeEvent cites an event's source with cite, adding its date of
// publication and its web address where the table gives them.
func citeEvent(e Event) string {
	published := ""
	if e.Published != "" {
		published = "published " + e.Published
	}
	return cite(e.Source, published, e.URL)
}

// allegation marks a result that rests on allegations: the flag alleged
// and the parties named in the explanation.
func allegation(r *Result, events ...Event) {
	var parties []string
	for _, e := range events {
		if !e.Alleged() {
			return // an independent, non-party source stands beside it
		}
		p := e.Party
		if p == "" {
			p = e.Source.Document
		}
		if !slices.Contains(parties, p) {
			parties = append(parties, p)
		}
	}
	if len(parties) == 0 {
		return
	}
	r.Flags = append(r.Flags, FlagAlleged)
	r.Explanation = strings.TrimSuffix(r.Explanation, ".") + "; checked as alleged by " + strings.Join(parties, "; ") + ", not as fact."
}
