// Package history reads the versions of a plan from its git history and
// gives each its figures: the score and band, the active members, the
// goals on track, at risk, overdue and done, the gap on committed income
// and the overdue actions, with the commit's date and subject and the
// board meetings (tags) that hold it. It answers a board's question: are
// we better than last quarter?
//
// Every version is read through one `git cat-file --batch` process and
// scored in parallel, each as of the day it was committed: the figures
// are those the board would have seen that day.
package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/coalition-tools/coalition/pkg/figures"
	"github.com/coalition-tools/coalition/pkg/gitrepo"
	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/score"
)

// DefaultMeetings is the pattern of the tags that mark board meetings when
// none is configured (history.meetings).
const DefaultMeetings = "board/*"

// ValidPattern checks a pattern of tag names: a glob where * matches
// within one level of a name (board/* matches board/2026-09) and **
// matches any number of levels.
func ValidPattern(pattern string) error {
	if pattern == "" || !doublestar.ValidatePattern(pattern) {
		return fmt.Errorf("invalid pattern of tag names %q: want a glob such as %q", pattern, DefaultMeetings)
	}
	return nil
}

// Options say which versions of which plan Load reads, and how it checks
// and scores them.
type Options struct {
	// Plan is the plan file, relative to the current directory or
	// absolute; it must be in a git work tree.
	Plan string
	// Since, when not empty, keeps the changes made after this revision.
	Since string
	// Last, when above 0, keeps the Last newest changes (of the board
	// meetings, with OnlyMeetings).
	Last int
	// Meetings is the pattern of the tags that mark board meetings (see
	// ValidPattern); DefaultMeetings when empty.
	Meetings string
	// OnlyMeetings keeps the versions that a board meeting's tag holds.
	OnlyMeetings bool
	// Lint are the rules run on each version and Score the options of its
	// score; the date of both is that of each version's commit.
	Lint  lint.Options
	Score score.Options
	// Workers is the number of versions checked at once; 0 means one per
	// CPU.
	Workers int
}

// UsageError is a mistake in what Load was asked: outside a git
// repository, a plan outside it or with no history, an unknown revision.
// Any other error of Load is a failure of git or of the system.
type UsageError struct {
	Err error
}

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

func usage(err error) error { return &UsageError{Err: err} }

// History is the versions of one plan, newest first.
type History struct {
	// Plan is the plan file as given.
	Plan string
	// Meetings is the pattern of the tags of board meetings; OnlyMeetings
	// is true when only their versions are kept.
	Meetings     string
	OnlyMeetings bool
	// Since is the revision the changes are listed after, "" for all.
	Since string
	// Changes counts the commits that changed the plan (since Since),
	// before OnlyMeetings and Last kept some of them.
	Changes int
	// Revisions are the versions kept, newest first.
	Revisions []*Revision
}

// Revision is the plan as one commit left it, with its figures as of the
// day of the commit.
type Revision struct {
	// Commit is the commit's full object name, Date its author date (the
	// day the change was made, the day the figures are computed at) and
	// Subject the first line of its message.
	Commit  string    `json:"commit"`
	Date    plan.Date `json:"date"`
	Subject string    `json:"subject"`
	// Path is the plan's file in the commit, relative to the current
	// directory: its name then, before a later rename.
	Path string `json:"file"`
	// Meetings are the tags of the board meetings that hold this version,
	// sorted; none when it was never a meeting's.
	Meetings []string `json:"meetings"`
	// Scored is false when the version could not be read as a plan; Note
	// then says why, and the figures are zero.
	Scored bool   `json:"scored"`
	Note   string `json:"note,omitempty"`
	// Score and Band are the health score; Capped is true when errors held
	// it below the strong band. Errors counts the findings of severity
	// error of check: the figures of a version with errors may be misread.
	Score  int    `json:"score"`
	Band   string `json:"band"`
	Capped bool   `json:"capped"`
	Errors int    `json:"errors"`
	// Active counts the active members.
	Active int `json:"active_members"`
	// Goals count the goals by where they stand.
	Goals Goals `json:"goals"`
	// Currency is the plan's currency; Gap the gap on committed income
	// (expenses less committed income), nil when the budget could not be
	// summed.
	Currency string      `json:"currency"`
	Gap      *plan.Money `json:"committed_gap"`
	// OverdueActions counts the open actions past their due date.
	OverdueActions int `json:"overdue_actions"`
}

// Goals count the goals of a plan by where they stand (see
// figures.GoalState).
type Goals struct {
	OnTrack int `json:"on_track"`
	AtRisk  int `json:"at_risk"`
	Overdue int `json:"overdue"`
	Done    int `json:"done"`
}

// Load reads the history of the plan and the figures of each version kept.
func Load(opts Options) (*History, error) {
	if opts.Meetings == "" {
		opts.Meetings = DefaultMeetings
	}
	if err := ValidPattern(opts.Meetings); err != nil {
		return nil, usage(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(opts.Plan); err == nil && st.IsDir() {
		return nil, usage(fmt.Errorf("%s is a directory: name one plan file, such as %s", opts.Plan, filepath.Join(opts.Plan, "harbor.yaml")))
	}
	// The repository is the one that holds the plan's directory, else the
	// current directory's (the plan may have been deleted since).
	dir := filepath.Dir(absolute(wd, opts.Plan))
	if _, err := os.Stat(dir); err != nil {
		dir = wd
	}
	repo, err := gitrepo.Open(dir)
	if err != nil {
		if errors.Is(err, gitrepo.ErrNotRepo) {
			return nil, usage(fmt.Errorf("%s is not inside a git repository: coalition history reads the plan's commits", opts.Plan))
		}
		return nil, usage(err)
	}
	rel, ok := repo.FromWorkTree(wd, opts.Plan)
	if !ok {
		return nil, usage(fmt.Errorf("%s is outside the git repository", opts.Plan))
	}
	if opts.Since != "" {
		if _, err := repo.Resolve(opts.Since); err != nil {
			return nil, usage(err)
		}
	}
	changes, err := repo.FileLog(rel, opts.Since)
	switch {
	case err != nil && !repoHasCommits(repo):
		return nil, usage(fmt.Errorf("%s has no history: the repository has no commit yet", opts.Plan))
	case err != nil:
		return nil, err
	case len(changes) == 0 && opts.Since == "":
		return nil, usage(fmt.Errorf("%s has no history: no commit of HEAD has this file (commit it first, or check the path)", opts.Plan))
	}
	h := &History{Plan: opts.Plan, Meetings: opts.Meetings, OnlyMeetings: opts.OnlyMeetings, Since: opts.Since, Changes: len(changes)}
	revs := make([]*Revision, len(changes))
	for i, c := range changes {
		revs[i] = &Revision{Commit: c.Commit, Date: plan.DateOf(c.Date), Subject: c.Subject, Path: repo.Rel(wd, c.Path), Meetings: []string{}}
	}
	if err := markMeetings(repo, opts.Meetings, changes, revs); err != nil {
		return nil, err
	}
	keep := make([]int, 0, len(changes))
	for i, r := range revs {
		if changes[i].Blob == "" || opts.OnlyMeetings && len(r.Meetings) == 0 {
			continue
		}
		keep = append(keep, i)
	}
	if opts.Last > 0 && len(keep) > opts.Last {
		keep = keep[:opts.Last]
	}
	for _, i := range keep {
		h.Revisions = append(h.Revisions, revs[i])
	}
	blobs := make([]string, len(keep))
	for j, i := range keep {
		blobs[j] = changes[i].Blob
	}
	if err := measure(repo, blobs, h.Revisions, opts); err != nil {
		return nil, err
	}
	return h, nil
}

func absolute(wd, path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(wd, path)
}

func repoHasCommits(repo *gitrepo.Repo) bool {
	_, err := repo.Resolve("HEAD")
	return err == nil
}

// markMeetings gives each version the tags matching pattern that hold it:
// a tag holds the newest version of the plan that its commit has.
func markMeetings(repo *gitrepo.Repo, pattern string, changes []gitrepo.Change, revs []*Revision) error {
	tags, err := repo.Tags(func(name string) bool {
		ok, _ := doublestar.Match(pattern, name)
		return ok
	})
	if err != nil || len(tags) == 0 {
		return err
	}
	commits := make([]string, len(changes))
	index := map[string]int{}
	for i, c := range changes {
		commits[i] = c.Commit
		index[c.Commit] = i
	}
	tips := make([]string, len(tags))
	for i, t := range tags {
		tips[i] = t.Commit
	}
	near, err := repo.Nearest(tips, commits)
	if err != nil {
		return err
	}
	for _, t := range tags { // sorted by name
		if c, ok := near[t.Commit]; ok {
			r := revs[index[c]]
			r.Meetings = append(r.Meetings, t.Name)
		}
	}
	return nil
}

// measure reads the versions whose contents are blobs through one `git
// cat-file --batch` process, and checks and scores them in parallel into
// revs.
func measure(repo *gitrepo.Repo, blobs []string, revs []*Revision, opts Options) error {
	if len(blobs) == 0 {
		return nil
	}
	br, err := repo.OpenBlobs()
	if err != nil {
		return err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	errs := make([]error, len(blobs))
	var wg sync.WaitGroup
	for range min(workers, len(blobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				data, size, err := br.Read(blobs[i])
				if err != nil {
					errs[i] = err
					continue
				}
				Measure(revs[i], plan.ReadBytes(revs[i].Path, data, size, plan.ReadOptions{Explicit: true}), opts.Lint, opts.Score)
			}
		}()
	}
	for i := range blobs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	closeErr := br.Close()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return closeErr
}

// Measure checks and scores f, the version of r, as of r.Date, and fills
// in r's figures.
func Measure(r *Revision, f *plan.File, lopts lint.Options, sopts score.Options) {
	lopts.Today, sopts.Today = r.Date, r.Date
	var diags []lint.Diagnostic
	if f != nil {
		diags = lint.Run(f, lopts).Diagnostics
	}
	if f == nil {
		r.Band, r.Note = score.BandNone, "not scored: this version cannot be read as a plan"
		return
	}
	c := score.Score(f, diags, sopts)
	if !c.Scored {
		r.Band, r.Errors = c.Band, c.Errors
		if len(c.Notes) > 0 {
			r.Note = c.Notes[0]
		}
		return
	}
	r.Scored, r.Score, r.Band, r.Capped, r.Errors = c.Scored, c.Score, c.Band, c.Capped, c.Errors
	p := f.Plan
	for i := range p.Members.Items {
		if figures.Active(&p.Members.Items[i]) {
			r.Active++
		}
	}
	for _, g := range figures.GoalsOf(p, r.Date) {
		switch g.State {
		case figures.GoalOnTrack:
			r.Goals.OnTrack++
		case figures.GoalAtRisk:
			r.Goals.AtRisk++
		case figures.GoalOverdue:
			r.Goals.Overdue++
		case figures.GoalDone:
			r.Goals.Done++
		}
	}
	b := figures.BudgetOf(p)
	r.Currency = b.Currency
	if !b.Overflow {
		gap := b.GapCommitted()
		r.Gap = &gap
	}
	for _, a := range figures.ActionsOf(p, r.Date, figures.Horizon) {
		if a.Overdue() {
			r.OverdueActions++
		}
	}
}
