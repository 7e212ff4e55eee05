// Package plan is the model of a coalition plan (a YAML file with
// apiVersion: coalition/v1) and its loader. Read and Parse decode a file
// into the model, keeping the line and column of every key and value, and
// report as Problems what cannot be read: YAML syntax, unknown or
// duplicate keys, values of the wrong type. Index finds the ids a plan
// declares, and Suppressions its suppression comments
// (# coalition:ignore RULE -- reason).
package plan
