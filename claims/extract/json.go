package extract

import (
	"encoding/json"
)

// spanJSON is where a figure or a claim's quote stands in the article: the
// byte offsets of its start and end.
type spanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// figureJSON is a figure as finfig extract --format json writes it.
type figureJSON struct {
	Text string `json:"text"`
	spanJSON
	Kind  FigureKind `json:"kind"`
	Value any        `json:"value"` // a number in base units, a period string, or null
	Unit  string     `json:"unit"`
}

// claimJSON is a claim as finfig extract --format json writes it.
type claimJSON struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Quote  string `json:"quote"`
	spanJSON
	Kind       string       `json:"kind"`
	Subject    string       `json:"subject"`
	Period     *string      `json:"period"`
	From       *string      `json:"from"`
	To         *string      `json:"to"`
	Claimed    string       `json:"claimed"`
	ClaimedEnd *string      `json:"claimed_end"`
	Amount     *string      `json:"amount"`
	Hedge      string       `json:"hedge"`
	Figures    []figureJSON `json:"figures"`
}

// MarshalJSON writes the figure as {text, start, end, kind, value, unit}:
// value is the number in base units, the period string of a date, or null
// for a vague figure or a date without a year.
func (f Figure) MarshalJSON() ([]byte, error) {
	return json.Marshal(f.json())
}

// MarshalJSON writes the claim as {id, source, quote, start, end, kind,
// subject, period, from, to, claimed, claimed_end, amount, hedge,
// figures}; fields a claim's kind does not use are null.
func (c Claim) MarshalJSON() ([]byte, error) {
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	j := claimJSON{ID: c.ID, Source: c.Source, Quote: c.Quote, spanJSON: spanJSON{c.Start, c.End}, Kind: string(c.Kind),
		Subject: c.Subject, Claimed: c.Claimed, ClaimedEnd: str(c.ClaimedEnd), Amount: str(c.Amount), Hedge: c.Hedge}
	if !c.Period.IsZero() {
		j.Period = str(c.Period.String())
	}
	if !c.From.IsZero() {
		j.From, j.To = str(c.From.String()), str(c.To.String())
	}
	j.Figures = make([]figureJSON, 0, len(c.Figures))
	for _, f := range c.Figures {
		j.Figures = append(j.Figures, f.json())
	}
	return json.Marshal(j)
}

func (f Figure) json() figureJSON {
	j := figureJSON{Text: f.Text, spanJSON: spanJSON{f.Start, f.End}, Kind: f.Kind, Unit: f.Unit}
	switch {
	case f.Kind == Date:
		if f.Period != "" {
			j.Value = f.Period
		}
	case !f.Vague:
		j.Value = f.Value
	}
	return j
}
