// Package release holds no code of the program: its tests check what a
// release ships beside it. They check the GoReleaser configuration
// (.goreleaser.yaml); the GitHub Action's script (action/run.sh), run
// against a fake release served over HTTP; the Dockerfile, parsed; the
// release workflow (.github/workflows/release.yml); and the install
// commands of the docs. See docs/releasing.md.
package release
