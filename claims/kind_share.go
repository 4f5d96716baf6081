package claims

// KindShare is a claim that a figure is a share of a series' value at a
// period: "9% of its 2018 revenue". Claimed is the percentage as written.
// The checker does not judge shares yet, and ReadLedger does not accept
// the kind: finfig extract writes such claims to a draft ledger for a
// person to rewrite or drop.
const KindShare Kind = "share"
