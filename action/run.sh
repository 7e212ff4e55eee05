#!/usr/bin/env bash
# The script of the coalition GitHub Action (action.yml beside it). It
# installs the release of coalition built for the runner, verified against
# the release's checksums.txt, then runs
#
#   coalition check --format github --step-summary [--fail-on F] [PATHS]
#   coalition score --min-score N [PATHS]          (only when min-score is set)
#
# and fails the step when either fails: with the larger exit status of the
# two (1 findings or a score below the minimum, 2 a usage error, 3 the tool
# failed). It exits 3 when coalition cannot be installed, and 2 for an input
# or a runner it cannot serve.
#
# The inputs come from the environment: INPUT_PATHS, INPUT_FAIL_ON,
# INPUT_MIN_SCORE and INPUT_VERSION; and from the runner: RUNNER_OS,
# RUNNER_ARCH, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
# SETUP_COALITION_RELEASES_URL replaces the releases page it downloads from
# (https://github.com/coalition-tools/coalition/releases), for a mirror or
# a test; the files are read from RELEASES/latest/download/NAME or
# RELEASES/download/TAG/NAME, as on GitHub. (Not COALITION_*: coalition
# refuses a variable of that prefix that is not one of its settings.)
set -euo pipefail

releases=${SETUP_COALITION_RELEASES_URL:-https://github.com/coalition-tools/coalition/releases}
releases=${releases%/}

# fail prints an error annotation and exits with the status given.
fail() {
	local status=$1
	shift
	echo "::error title=coalition action::$*"
	exit "$status"
}

# The release archive for this runner, named as .goreleaser.yaml names it.
case "${RUNNER_OS:-}" in
Linux) os=linux ;;
macOS) os=darwin ;;
Windows) os=windows ;;
*) fail 2 "unsupported runner OS \"${RUNNER_OS:-}\": want Linux, macOS or Windows" ;;
esac
case "${RUNNER_ARCH:-}" in
X64) arch=amd64 ;;
ARM64) arch=arm64 ;;
*) fail 2 "unsupported runner architecture \"${RUNNER_ARCH:-}\": want X64 or ARM64" ;;
esac
exe=coalition
archive=coalition_${os}_${arch}.tar.gz
if [ "$os" = windows ]; then
	exe=coalition.exe
	archive=coalition_${os}_${arch}.zip
fi

version=${INPUT_VERSION:-latest}
if [ "$version" = latest ]; then
	base=$releases/latest/download
elif [[ $version =~ ^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$ ]]; then
	version=v${version#v}
	base=$releases/download/$version
else
	fail 2 "invalid version \"$version\": want latest or a release tag such as v1.2.0"
fi

# The paths: words separated by spaces or newlines, a path with spaces in
# quotes as in a shell ("my plans" or 'my plans'). xargs splits them, and
# runs nothing they say. A word with *, ? or [ is a glob, expanded as bash
# does; one that matches nothing is left as it is, for coalition to report.
paths=()
if [[ ${INPUT_PATHS:-} =~ [^[:space:]] ]]; then
	words=$(printf '%s\n' "$INPUT_PATHS" | xargs printf '%s\n' 2>&1) ||
		fail 2 "invalid paths input (${words#xargs: }): want paths separated by spaces or newlines, and a path with spaces in quotes, such as \"my plans\""
	while IFS= read -r word; do
		ifs=$IFS
		IFS=
		# shellcheck disable=SC2206 # globbing is intended, splitting is not
		matches=($word)
		IFS=$ifs
		paths+=("${matches[@]}")
	done <<<"$words"
fi

if command -v sha256sum >/dev/null 2>&1; then
	sha256() { sha256sum "$1" | awk '{print $1}'; }
elif command -v shasum >/dev/null 2>&1; then
	sha256() { shasum -a 256 "$1" | awk '{print $1}'; }
else
	fail 3 "found neither sha256sum nor shasum to verify the download with"
fi

# download URL FILE
download() {
	if command -v curl >/dev/null 2>&1; then
		curl --fail --silent --show-error --location --retry 3 --output "$2" "$1"
	elif command -v wget >/dev/null 2>&1; then
		wget --quiet --tries=3 --output-document="$2" "$1"
	else
		echo "found neither curl nor wget" >&2
		return 1
	fi
}

dir=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/coalition.XXXXXX")
download "$base/$archive" "$dir/$archive" ||
	fail 3 "could not download $base/$archive: is $version a release of coalition?"
download "$base/checksums.txt" "$dir/checksums.txt" ||
	fail 3 "could not download $base/checksums.txt"

# checksums.txt is sha256sum's output: "HASH  NAME", or "HASH *NAME".
want=$(awk -v name="$archive" '$2 == name || $2 == "*" name { print $1; exit }' "$dir/checksums.txt")
[ -n "$want" ] || fail 3 "checksums.txt of $version lists no $archive"
got=$(sha256 "$dir/$archive")
if [ "$got" != "$want" ]; then
	fail 3 "checksum mismatch for $archive from $base: checksums.txt says $want, the download is $got; not installing it"
fi

mkdir "$dir/bin"
if [ "$os" = windows ]; then
	if command -v unzip >/dev/null 2>&1; then
		unzip -q -o "$dir/$archive" "$exe" -d "$dir/bin"
	else
		powershell -NoProfile -Command "Expand-Archive -Force -LiteralPath '$dir/$archive' -DestinationPath '$dir/unzipped'"
		mv "$dir/unzipped/$exe" "$dir/bin/$exe"
	fi
else
	tar -xzf "$dir/$archive" -C "$dir/bin" "$exe"
fi
[ -f "$dir/bin/$exe" ] || fail 3 "$archive holds no $exe"
rm -f "$dir/$archive"
coalition=$dir/bin/$exe

installed=$("$coalition" --version) || fail 3 "the installed $exe does not run"
echo "installed $installed from $base/$archive (sha256 $got)"

# The later steps of the job find coalition on PATH.
if [ -n "${GITHUB_PATH:-}" ]; then
	bindir=$dir/bin
	if command -v cygpath >/dev/null 2>&1; then bindir=$(cygpath -w "$bindir"); fi
	echo "$bindir" >>"$GITHUB_PATH"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
	echo "version=$installed" >>"$GITHUB_OUTPUT"
fi

status=0
args=(check --format github --step-summary)
if [ -n "${INPUT_FAIL_ON:-}" ]; then args+=(--fail-on "$INPUT_FAIL_ON"); fi
"$coalition" "${args[@]}" ${paths[@]+"${paths[@]}"} || status=$?

if [ -n "${INPUT_MIN_SCORE:-}" ]; then
	score=0
	"$coalition" score --min-score "$INPUT_MIN_SCORE" ${paths[@]+"${paths[@]}"} || score=$?
	if [ "$score" -gt "$status" ]; then status=$score; fi
fi
exit "$status"
