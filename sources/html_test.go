package sources

import (
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain text stays", "Russia rejected the plan.", "Russia rejected the plan."},
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"double br splits", "First line<br><br>Second line", "First line\n\nSecond line"},
		{"double br with space between", "First<br/> \n <br/>Second", "First\n\nSecond"},
		{"single br is a space", "First<br>second", "First second"},
		{"entities decoded", "<p>Moscow&rsquo;s &quot;axis of war&quot; &amp; more&nbsp;text</p>", "Moscow’s \"axis of war\" & more text"},
		{"numeric entities", "<p>&#8220;No&#8221; &#x2014; Lavrov</p>", "“No” — Lavrov"},
		{"script and style dropped", "<p>Kept</p><script>var x = '<p>no</p>';</script><style>p{color:red}</style><p>Also kept</p>", "Kept\n\nAlso kept"},
		{"noscript and iframe dropped", "<p>A</p><noscript>enable js</noscript><iframe src=x>frame</iframe>", "A"},
		{"whitespace collapsed", "<p>  many\n\t spaces   here </p>", "many spaces here"},
		{"inline markup joins", "<p>The <b>PURL</b> <a href='x'>initiative</a>.</p>", "The PURL initiative."},
		{"no space invented inside words", "<p>ab<span>cd</span>ef</p>", "abcdef"},
		{"divs and headings are blocks", "<h2>Title</h2><div>Body <em>text</em></div>", "Title\n\nBody text"},
		{"list items are paragraphs", "<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo"},
		{"table cells spaced", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"},
		{"text around blocks", "Lead<p>Para</p>Tail", "Lead\n\nPara\n\nTail"},
		{"unclosed tags", "<p>One<p>Two<div>Three", "One\n\nTwo\n\nThree"},
		{"comments dropped", "<p>A<!-- hidden -->B</p>", "AB"},
		{"images dropped", "<p><img src='a.jpg' alt='photo'></p><p>Caption</p>", "Caption"},
		{"only markup", "<p> </p><br><div></div>", ""},
		{"blockquote", "<p>He said:</p><blockquote>We reject it.</blockquote>", "He said:\n\nWe reject it."},
		{"full document", "<html><head><title>T</title></head><body><p>Body</p></body></html>", "Body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBodyTextPlainKeepsParagraphs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"blank lines split", "One\nwrapped.\n\nTwo.", "One wrapped.\n\nTwo."},
		{"crlf", "One.\r\n\r\nTwo.", "One.\n\nTwo."},
		{"entities decoded", "Fish &amp; chips", "Fish & chips"},
		{"less-than is not a tag", "a < b and c > d", "a < b and c > d"},
		{"html detected", "<p>One</p><p>Two</p>", "One\n\nTwo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bodyText(tt.in); got != tt.want {
				t.Errorf("bodyText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"<p>a</p><p>b</p>", "x<br><br>y", "<script>x</script>", "<table><td>1<td>2", "&amp;&#0;&#xD800;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := HTMLToText(in)
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("three newlines in %q", out)
		}
		for _, p := range strings.Split(out, "\n\n") {
			if out != "" && (p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n")) {
				t.Errorf("paragraph %q of %q is not trimmed single-line text", p, out)
			}
		}
	})
}
