# syntax=docker/dockerfile:1
#
# The container image of coalition: the static binary alone on distroless,
# run as a non-root user. Build it from the root of a clone (a Docker engine
# with BuildKit is needed; see docs/releasing.md):
#
#   docker build -t coalition .
#   docker run --rm -v "$PWD:/work" -w /work coalition check
#
# `--target shell` builds the same binary on distroless's debug base, which
# adds a busybox shell and nothing else, for CI systems that run a script in
# the image, such as GitLab CI (docs/ci.md). Stamp a release with
# --build-arg VERSION=v1.2.0 --build-arg COMMIT=$(git rev-parse HEAD)
# --build-arg DATE=$(git log -1 --format=%cI); release/dockerfile_test.go
# checks this file.

ARG GO_VERSION=1.26

# The build runs on the builder's own platform and cross-compiles, so a
# multi-platform image needs no emulation.
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=
ARG COMMIT=
ARG DATE=
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -buildvcs=false \
    -ldflags "-s -w -X github.com/coalition-tools/coalition/pkg/buildinfo.version=${VERSION} -X github.com/coalition-tools/coalition/pkg/buildinfo.commit=${COMMIT} -X github.com/coalition-tools/coalition/pkg/buildinfo.date=${DATE}" \
    -o /out/coalition ./cmd/coalition

# For GitLab CI and the like: the binary and a busybox shell (/busybox/sh).
FROM gcr.io/distroless/static-debian12:debug-nonroot AS shell
COPY --from=build /out/coalition /usr/local/bin/coalition
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/coalition"]

# The image: the binary, CA certificates and time zone data, no shell.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/coalition /usr/local/bin/coalition
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/coalition"]
