#!/bin/sh
# Runs a validator and passes its exit status on; exits 77 (CTest SKIP_RETURN_CODE) when the tool
# is not installed, so a machine without desktop-file-utils or appstream skips instead of failing.
# Usage: run_tool.sh TOOL [ARG...]
if ! command -v "$1" >/dev/null 2>&1; then
    echo "SKIP: $1 is not installed"
    exit 77
fi
exec "$@"
