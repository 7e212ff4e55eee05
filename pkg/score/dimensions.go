package score

// All returns the dimensions in the order they are shown. Their default
// weights sum to 100.
func All() []*Dimension {
	return []*Dimension{
		Engagement,
		Membership,
		Goals,
		Barriers,
		Opposition,
		Budget,
		Governance,
		Fit,
		Soundness,
	}
}

// ByName returns the dimension called name, or nil.
func ByName(name string) *Dimension {
	for _, d := range All() {
		if d.Name == name {
			return d
		}
	}
	return nil
}

// Names returns the names of all dimensions in order.
func Names() []string {
	var out []string
	for _, d := range All() {
		out = append(out, d.Name)
	}
	return out
}
