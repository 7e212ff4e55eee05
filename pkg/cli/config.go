package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// ConfigName is the name of the configuration file looked for in the
// current directory and its parents, up to the root of the git repository.
const ConfigName = ".coalition.yaml"

// loadConfig reads the configuration file into v: the one given with
// --config, or the nearest .coalition.yaml. No file is not an error.
func loadConfig(cmd *cobra.Command, v *viper.Viper) error {
	path, _ := cmd.Flags().GetString("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil
		}
		var ok bool
		if path, ok = findUp(wd, ConfigName); !ok {
			return nil
		}
	}
	v.SetConfigFile(path)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return usageError(fmt.Errorf("config file %s: %w", path, pe.Err))
		}
		return usageError(fmt.Errorf("config file %s: %w", path, err))
	}
	return nil
}

// findUp looks for name in dir and its parents, stopping after the
// directory that holds .git (the root of the repository) or at the root of
// the file system.
func findUp(dir, name string) (string, bool) {
	for {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// bindFlags binds the flags of the running command to viper keys. It is
// called when a command runs, so that commands sharing a key (format,
// today) never see each other's flags.
func bindFlags(v *viper.Viper, fs *pflag.FlagSet, keys map[string]string) {
	for key, name := range keys {
		_ = v.BindPFlag(key, fs.Lookup(name))
	}
}

// today returns the date given with --today (or COALITION_TODAY, or the
// config file), else the real date.
func today(v *viper.Viper) (plan.Date, error) {
	if t, ok := v.Get("today").(time.Time); ok {
		// An unquoted date in the config file arrives as a time.
		return plan.DateOf(t), nil
	}
	s := v.GetString("today")
	if s == "" {
		return plan.DateOf(time.Now()), nil
	}
	d, err := time.Parse(plan.DateLayout, s)
	if err != nil {
		return plan.Date{}, usageError(fmt.Errorf("--today: invalid date %q: want YYYY-MM-DD", s))
	}
	return plan.DateOf(d), nil
}
