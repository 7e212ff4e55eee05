package history

import (
	"errors"
	"slices"
)

// DefaultTrendPoints is how many versions the brief's trend shows when
// none is asked: six board meetings are a year and a half of a board that
// meets each quarter.
const DefaultTrendPoints = 6

// MaxTrendPoints is the most versions a trend shows: more do not fit the
// width of the brief's chart.
const MaxTrendPoints = 12

// Trend is the figures of a plan at its last board meetings or, when fewer
// than two meetings hold a version of it, at its last changes: what the
// brief charts.
type Trend struct {
	// ByMeetings is true when the points are the versions of board
	// meetings, the tags matching Meetings; false when they are the last
	// changes of the plan.
	ByMeetings bool
	Meetings   string
	// Points are the versions, the oldest first, each scored as of the
	// day of its commit (see Measure); only scored versions are kept.
	Points []*Revision
}

// LoadTrend reads the trend of the plan opts.Plan: the versions held by
// its last n board meetings (tags matching opts.Meetings) or, when fewer
// than two of them can be scored, its last n changes. opts.Since, Last and
// OnlyMeetings are ignored.
//
// It returns nil and no error when there is nothing to chart: the plan is
// not in a git repository (or git is not on PATH), it has no commit, or
// fewer than two of its versions can be scored. An error is a failure of
// git or of the system.
func LoadTrend(opts Options, n int) (*Trend, error) {
	if n < 2 {
		return nil, nil
	}
	opts.Since = ""
	for _, meetings := range []bool{true, false} {
		opts.OnlyMeetings, opts.Last = meetings, n
		h, err := Load(opts)
		if ue := (*UsageError)(nil); errors.As(err, &ue) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		t := &Trend{ByMeetings: meetings, Meetings: h.Meetings}
		for _, r := range h.Revisions {
			if r.Scored {
				t.Points = append(t.Points, r)
			}
		}
		if len(t.Points) >= 2 {
			slices.Reverse(t.Points)
			return t, nil
		}
	}
	return nil, nil
}
