# Sourced by test.sh: starts local services the tests use (loopback only) and exports where they are.
# (capabilities add their services here)
true
