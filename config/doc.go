// Package config owns stancebot's configuration: the YAML config file, the
// watchlist file, defaults, secrets read from the environment, and Validate,
// which reports every problem at once, each naming the file, line and key.
//
// The config file and the watchlist are decoded strictly (unknown keys are
// errors). Secrets never come from YAML: they are read from environment
// variables or, Docker-secrets style, from the file named by NAME_FILE, and
// Redacted prints the configuration with each secret shown only as <set> or
// <unset>.
//
// config imports no stancebot package: app translates a Config into each
// package's own options (news.Watchlist, sources options, notify rules, ...).
// It may import the standard library, go.yaml.in/yaml/v3 and
// github.com/robfig/cron/v3 (to check schedules with the parser jobs uses).
//
// Anchors: Alertmanager config (UnmarshalStrict, every problem reported) and
// miniflux's _FILE secrets; unlike miniflux, there is no global config.
package config
