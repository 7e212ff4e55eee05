#!/bin/sh
# Checks that the release build is reproducible: it runs `make dist` twice,
# in two copies of the tree at different paths (the second, with
# REPRODUCIBLE_EMPTY_CACHE=1, from an empty Go build cache so that every
# package is compiled again), and fails unless the
# six archives and checksums.txt of the two are byte-identical. `make
# dist-reproducible` runs it (CI does, in .ci/run); GORELEASER_PKG is the
# GoReleaser the Makefile pins. The tree itself, and its dist/, are left
# alone.
set -eu
cd "$(dirname "$0")/.."
: "${GORELEASER_PKG:?want the GoReleaser module to use, as make dist-reproducible sets it}"
GO=${GO:-go}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

# GoReleaser, built once here, so that the empty build cache of the second
# build is only coalition's.
GOBIN=$tmp/bin "$GO" install "$GORELEASER_PKG"

# The tree as git sees it: the tracked files that exist and the untracked
# ones that are not ignored, as they are now, and .git for the commit and
# its date. Other work in the tree cannot change it between the two builds.
one=$tmp/one/coalition
two=$tmp/two/at/another/path/coalition
mkdir -p "$one" "$two"
git ls-files -z --cached --others --exclude-standard | tr '\0' '\n' |
	while IFS= read -r f; do
		if [ -f "$f" ]; then printf '%s\n' "$f"; fi
	done | tar -cf - -T - | tar -xf - -C "$one"
cp -R .git "$one/.git"
cp -R "$one/." "$two"

echo "dist-reproducible: first build, in $one"
make -s -C "$one" dist GO="$GO" GORELEASER="$tmp/bin/goreleaser" >"$tmp/one.log" 2>&1 ||
	{ cat "$tmp/one.log"; exit 1; }
# With REPRODUCIBLE_EMPTY_CACHE=1, the second build starts from an empty
# build cache, so that every package is compiled again (much slower: a
# release check; CI compares the two paths with the shared cache).
if [ "${REPRODUCIBLE_EMPTY_CACHE:-}" = 1 ]; then
	echo "dist-reproducible: second build, in $two, with an empty build cache"
	GOCACHE=$tmp/gocache make -s -C "$two" dist GO="$GO" GORELEASER="$tmp/bin/goreleaser" >"$tmp/two.log" 2>&1 ||
		{ cat "$tmp/two.log"; exit 1; }
else
	echo "dist-reproducible: second build, in $two"
	make -s -C "$two" dist GO="$GO" GORELEASER="$tmp/bin/goreleaser" >"$tmp/two.log" 2>&1 ||
		{ cat "$tmp/two.log"; exit 1; }
fi

status=0
n=0
for f in checksums.txt $(awk '{print $2}' "$one/dist/checksums.txt"); do
	n=$((n + 1))
	if ! cmp -s "$one/dist/$f" "$two/dist/$f"; then
		echo "dist-reproducible: $f differs between the two builds"
		status=1
	fi
done
if [ "$n" -ne 7 ]; then
	echo "dist-reproducible: checksums.txt lists $((n - 1)) archives, want 6"
	status=1
fi
if [ "$status" -ne 0 ]; then
	echo "first build:"
	cat "$one/dist/checksums.txt"
	echo "second build:"
	cat "$two/dist/checksums.txt"
	exit 1
fi
echo "dist-reproducible: the 6 archives and checksums.txt of the two builds are byte-identical"
cat "$one/dist/checksums.txt"
