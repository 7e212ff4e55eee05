package cli

import (
	"bytes"
	"errors"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/format"
	"github.com/coalition-tools/coalition/pkg/iostreams"
	"github.com/coalition-tools/coalition/pkg/portfolio"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// PortfolioOptions are the inputs of `coalition portfolio`.
type PortfolioOptions struct {
	IO *iostreams.IOStreams
	// Scope is where the plans are: the paths and the globs to skip.
	Scope Scope
	// Format is the current name of the output format, one of those of
	// portfolio.Registry.
	Format string
	// Output is the file to write, stdout when empty.
	Output string
	// planOptions are the date of the page, the rules, and the weights
	// and bands of the scores.
	planOptions
}

func newCmdPortfolio(ios *iostreams.IOStreams, v *viper.Viper, runF func(*PortfolioOptions) error) *cobra.Command {
	opts := &PortfolioOptions{IO: ios}
	var allowEmpty bool
	cmd := &cobra.Command{
		Use:   "portfolio [DIR...]",
		Short: "Write one page on every plan under the directories, the neediest first",
		Long: `Portfolio writes one page about every plan under DIR (the paths of the
configuration, else the current directory, when none is given), found as
check finds them, for a network or a funder with many coalitions.

First the coalitions by need: a plan that cannot be read first, then by band
(at risk, developing, strong) and score, each with what capped its score
(errors from check), the gap on committed income, the goals at risk and
overdue, the actions overdue, a review overdue, and the targets no active
member reaches. Then across the network: the sectors often missing and
those missing from every coalition; the people who own relationships in
several plans; the organizations that are active members of several
coalitions; and the budget summed in each currency. People are matched by
email address, else by name; organizations by name; names ignore accents,
case, punctuation, spacing and a leading "The" (docs/reports.md).

--format markdown (the default) is for GitHub; --format html is one
self-contained page (inline CSS, no script, nothing fetched). -o FILE
writes the file atomically and refuses to write over a plan; a FILE ending
in .html gets HTML.

Exit status: 0, or 2 when a path could not be read or holds no plan
(unless --allow-empty); the page is written all the same.`,
		Example: `  coalition portfolio plans/ > portfolio.md
  coalition portfolio plans/ -o portfolio.html
  coalition portfolio network/east network/west --format html -o portfolio.html`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			bindFlags(v, cmd.Flags(), map[string]string{"today": "today"})
			opts.Scope = scopeOf(v, args)
			opts.Scope.AllowEmpty = allowEmpty
			dflt := format.Markdown
			if out := strings.ToLower(opts.Output); strings.HasSuffix(out, ".html") || strings.HasSuffix(out, ".htm") {
				dflt = format.HTML
			}
			var err error
			if opts.Format, err = formatOf(ios, cmd, nil, portfolio.Registry, dflt); err != nil {
				return err
			}
			if opts.planOptions, err = resolvePlanOptions(cmd, v); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return portfolioRun(opts)
		},
	}
	f := cmd.Flags()
	addFormatFlag(cmd, portfolio.Registry, "html for -o FILE.html, else markdown")
	f.StringVarP(&opts.Output, "output", "o", "", "write to FILE (atomically; never over a plan) instead of stdout")
	f.String("today", "", "date of the page, YYYY-MM-DD (default: the real date)")
	f.BoolVar(&allowEmpty, "allow-empty", false, allowEmptyUsage)
	addScoreFlags(f)
	return cmd
}

func portfolioRun(opts *PortfolioOptions) error {
	walk := opts.Scope.find()
	p, err := portfolio.Build(walk, portfolio.Options{Lint: opts.Lint, Score: opts.Score, Today: opts.Today})
	if err != nil {
		return err
	}
	empty := opts.Scope.empty(walk)
	for _, e := range empty {
		if pe, ok := e.(*workspace.PathError); ok {
			p.AddUnreadable(pe.Path, pe.Err.Error())
		} else {
			p.AddUnreadable("", e.Error())
		}
	}
	render, err := portfolio.Registry.Lookup(opts.Format)
	if err != nil {
		return usageError(err)
	}
	var plans []string
	for _, pl := range p.Plans {
		plans = append(plans, pl.Path)
	}
	if err := writeOut(opts.IO, opts.Output, plans, func(buf *bytes.Buffer) error { return render(buf, p) }); err != nil {
		return err
	}
	if len(p.Unreadable) > 0 {
		// The page lists them; the message says so where the page is not.
		lines := make([]string, len(p.Unreadable))
		for i, u := range p.Unreadable {
			lines[i] = u.Error
			if u.Path != "" {
				lines[i] = u.Path + ": " + u.Error
			}
		}
		return &ExitError{Code: ExitUsage, Err: errors.New("not read (the page lists it too): " + strings.Join(lines, "\n"))}
	}
	return nil
}
