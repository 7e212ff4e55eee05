package placeholder

// starter are the texts coalition init writes for the user to replace, by
// the name the starter's template uses for each (ph "NAME"). Keep them
// plain YAML scalars: no ": " and no " #".
var starter = []struct{ name, text string }{
	{"coalition.problem", "Describe in a sentence or two the problem that brings the organizations together."},
	{"coalition.vision", "Say what the community will look like when the coalition succeeds."},
	{"coalition.mission", "Say what the coalition does, for whom, and how."},
	{"coalition.scope", "Say where the coalition works, for whom, and for how long."},
	{"people.name", "Your Name"},
	{"members.lead.name", "Lead Organization"},
	{"members.lead.assets", "Say what this member knows how to do."},
	{"members.most-affected.name", "Group That Speaks for Those Most Affected"},
	{"members.most-affected.assets", "Say whom this group reaches, and how."},
	{"members.interests", "Say what this partner hopes to get from the coalition."},
	{"members.constraints", "Say what limits them, such as time, mandate or funders."},
	{"members.next_step", "Say what the owner will do next with this partner."},
	{"members.government.name", "City Department"},
	{"members.business.name", "Local Employer"},
	{"members.prospect.name", "A Partner You Want to Invite"},
	{"goals.title", "Say what will be different in the community."},
	{"goals.indicator", "Say what you will count, and where the number comes from."},
	{"barriers.description", "Say what is in the way."},
	{"barriers.strategy", "Say how the coalition will overcome it."},
	{"actions.title", "Say what will be done first."},
	{"six_rs.recognition", "Say how contributions are recognized."},
	{"six_rs.respect", "Say how values, culture, ideas and time are respected."},
	{"six_rs.role", "Say how every member gets a clear role."},
	{"six_rs.relationships", "Say how members build networks with each other."},
	{"six_rs.reward", "Say how the benefits of taking part outweigh the costs."},
	{"six_rs.results", "Say how members see results they can link to their part."},
	{"governance.rules", "Say how the coalition operates, or link to its bylaws."},
	{"governance.confidentiality", "Say what stays inside the coalition."},
	{"governance.information_sharing", "Say how and when information goes to members."},
	{"governance.representatives", "Say what a member's representative may decide."},
}
