package brief

// ByMilestones reports whether any goal is measured by its milestones.
func (b *Brief) ByMilestones() bool {
	for _, g := range b.Goals {
		if g.Milestones != nil {
			return true
		}
	}
	return false
}
