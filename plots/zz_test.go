package plots_test
import ("testing";"fmt";"github.com/finfig/finfig/plots")
func TestZZ(t *testing.T){
	p, _ := plots.RevenueLog(facebookAdRevenue(), netflixStreamingRevenue())
	for _, b := range p.GlyphBoxes(p) { if b.Y > 0.95 || b.Y < 0.05 {fmt.Printf("%+v\n", b)} }
	fmt.Println(p.Y.Min, p.Y.Max)
}
