package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// positions maps key paths ("sources[2].schedule") of one YAML file to line
// numbers and back, so problems found after decoding can name their line and
// the decoder's "line N: ..." errors can name their key.
type positions struct {
	file   string
	lines  map[string]int        // key path -> line
	keys   map[int][]keyOnLine   // line -> mapping keys that start on it
	values map[int][]valueOnLine // line -> values that start on it
}

type valueOnLine struct {
	path  string
	kind  yaml.Kind
	value string
}

type keyOnLine struct {
	name, path string
}

func newPositions(file string) *positions {
	return &positions{
		file:   file,
		lines:  map[string]int{},
		keys:   map[int][]keyOnLine{},
		values: map[int][]valueOnLine{},
	}
}

func (p *positions) walk(n *yaml.Node, path string) {
	if n.Kind != yaml.DocumentNode {
		p.values[n.Line] = append(p.values[n.Line], valueOnLine{path: path, kind: n.Kind, value: n.Value})
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			p.walk(c, path)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			sub := k.Value
			if path != "" {
				sub = path + "." + k.Value
			}
			if _, seen := p.lines[sub]; !seen {
				p.lines[sub] = k.Line
			}
			p.keys[k.Line] = append(p.keys[k.Line], keyOnLine{name: k.Value, path: sub})
			p.walk(v, sub)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			sub := fmt.Sprintf("%s[%d]", path, i)
			p.lines[sub] = c.Line
			p.walk(c, sub)
		}
	}
}

// line returns the line of path, or of its nearest ancestor present in the
// file (a key filled in by a default has no line of its own), or 0.
func (p *positions) line(path string) int {
	if p == nil {
		return 0
	}
	for path != "" {
		if l, ok := p.lines[path]; ok {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}

// where names path in this file, with its line when known.
func (p *positions) where(path string) string {
	if p == nil {
		return path
	}
	return where(p.file, p.line(path), path)
}

var (
	lineErr     = regexp.MustCompile(`^line (\d+): (.*)$`)
	unknownKey  = regexp.MustCompile(`^field (.+) not found in type (\S+)$`)
	repeatedKey = regexp.MustCompile(`^field (.+) already set in type (\S+)$`)
	badValue    = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")
)

// decodeStrict decodes data into out with unknown keys rejected, and turns
// every decoding error into a Problem naming file, line and key path.
// hint, when not nil, may add advice to an unknown key's problem.
func decodeStrict(data []byte, file string, out any, hint func(path string) string) (*positions, []Problem) {
	pos := newPositions(file)
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return pos, []Problem{syntaxProblem(file, err)}
	}
	pos.walk(&root, "")

	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(out)
	if errors.Is(err, io.EOF) {
		// An empty file decodes to nothing: the defaults stand.
		return pos, nil
	}
	if err == nil {
		// A second document ("---" and more) would be silently ignored.
		var extra yaml.Node
		if derr := dec.Decode(&extra); !errors.Is(derr, io.EOF) {
			line := 0
			if derr == nil {
				line = extra.Line
			}
			return pos, []Problem{{Where: fmt.Sprintf("%s:%d", file, line), What: "more than one YAML document (a \"---\" line); put everything in one"}}
		}
		return pos, nil
	}
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return pos, []Problem{syntaxProblem(file, err)}
	}
	probs := make([]Problem, 0, len(te.Errors))
	for _, msg := range te.Errors {
		probs = append(probs, pos.typeProblem(msg, hint))
	}
	return pos, probs
}

func syntaxProblem(file string, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := lineErr.FindStringSubmatch(msg); m != nil {
		l, _ := strconv.Atoi(m[1])
		return Problem{Where: where(file, l, ""), What: "invalid YAML: " + m[2]}
	}
	return Problem{Where: file, What: "invalid YAML: " + msg}
}

// typeProblem rewrites one of yaml's "line N: ..." decoding errors.
func (p *positions) typeProblem(msg string, hint func(string) string) Problem {
	m := lineErr.FindStringSubmatch(msg)
	if m == nil {
		return Problem{Where: p.file, What: msg}
	}
	line, _ := strconv.Atoi(m[1])
	rest := m[2]
	if u := unknownKey.FindStringSubmatch(rest); u != nil {
		path := p.keyPath(line, u[1])
		what := fmt.Sprintf("unknown key %q", u[1])
		if hint != nil {
			if h := hint(path); h != "" {
				what += "; " + h
			}
		}
		return Problem{Where: where(p.file, line, path), What: what}
	}
	if u := repeatedKey.FindStringSubmatch(rest); u != nil {
		return Problem{Where: where(p.file, line, p.keyPath(line, u[1])), What: fmt.Sprintf("key %q given twice", u[1])}
	}
	if u := badValue.FindStringSubmatch(rest); u != nil {
		v := p.valueAt(line, u[1], u[2])
		return Problem{Where: where(p.file, line, v.path), What: fmt.Sprintf("%s, not %s", wantedType(u[3]), describeValue(v))}
	}
	return Problem{Where: where(p.file, line, p.valueAt(line, "", "").path), What: rest}
}

// valueAt finds the value a decoding error on line is about: yaml names its
// tag and at most the first 7 characters of a scalar ("abcdefg...").
func (p *positions) valueAt(line int, tag, shown string) valueOnLine {
	vs := p.values[line]
	if len(vs) == 0 {
		return valueOnLine{kind: yaml.ScalarNode, value: shown}
	}
	prefix := strings.TrimSuffix(shown, "...")
	for i := len(vs) - 1; i >= 0; i-- {
		v := vs[i]
		switch {
		case tag == "seq" && v.kind == yaml.SequenceNode,
			tag == "map" && v.kind == yaml.MappingNode,
			tag != "seq" && tag != "map" && v.kind == yaml.ScalarNode && strings.HasPrefix(v.value, prefix):
			return v
		}
	}
	return vs[len(vs)-1]
}

// keyPath finds the path of the key called name on line.
func (p *positions) keyPath(line int, name string) string {
	for _, k := range p.keys[line] {
		if k.name == name {
			return k.path
		}
	}
	return name
}

// wantedType says in a user's words what the Go type in a yaml error wants.
func wantedType(goType string) string {
	switch {
	case goType == "time.Duration":
		return "want a duration such as 20s or 1m30s"
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "want a whole number"
	case goType == "bool":
		return "want true or false"
	case goType == "string":
		return "want a single value"
	case strings.HasPrefix(goType, "[]"):
		return "want a list"
	default:
		return "want a mapping of keys"
	}
}

func describeValue(v valueOnLine) string {
	switch v.kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	return strconv.Quote(v.value)
}
