package sources

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// feedToUTF8 makes a feed document readable by gofeed: UTF-16 with a byte
// order mark is transcoded; a document that is not UTF-8 and has no XML
// declaration naming its encoding is transcoded from the charset of its
// Content-Type (a server that sends windows-1251 and says so only in the
// header). Anything else is returned as it is: gofeed reads the XML
// declaration's encoding itself (windows-1251, KOI8-R, ISO-8859-*, ...).
func feedToUTF8(body []byte, contentType string) ([]byte, error) {
	body, err := utf16ToUTF8(body)
	if err != nil {
		return nil, err
	}
	if enc, name := xmlAutodetect(body); enc != nil {
		out, err := enc.NewDecoder().Bytes(body)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
		return declareUTF8(out), nil
	}
	if utf8.Valid(body) || xmlDeclEncoding.Match(body) {
		return body, nil
	}
	label := contentTypeCharset(contentType)
	if label == "" {
		label = guessCyrillic(body)
	}
	if label == "" {
		return body, nil
	}
	enc, _ := charset.Lookup(label)
	if enc == nil {
		return body, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", label, err)
	}
	return out, nil
}

// xmlAutodetect recognises UTF-16 without a byte order mark and UTF-32
// with or without one by the first characters of an XML document (XML 1.0
// appendix F), which gofeed does not.
func xmlAutodetect(body []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(body, []byte{0, 0, 0xFE, 0xFF}), bytes.HasPrefix(body, []byte{0, 0, 0, '<'}):
		return utf32.UTF32(utf32.BigEndian, utf32.UseBOM), "UTF-32BE"
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(body, []byte{'<', 0, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), "UTF-32LE"
	case bytes.HasPrefix(body, []byte{0, '<', 0, '?'}):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16BE"
	case bytes.HasPrefix(body, []byte{'<', 0, '?', 0}):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16LE"
	}
	return nil, ""
}

// declareUTF8 makes a leading XML declaration name utf-8, for a document
// already transcoded.
func declareUTF8(out []byte) []byte {
	if loc := xmlDeclEncoding.FindSubmatchIndex(out); loc != nil {
		return append(append(out[:loc[2]:loc[2]], "utf-8"...), out[loc[3]:]...)
	}
	return out
}

// guessCyrillic tells KOI8-R from windows-1251 in a document that names no
// encoding, by the letter case the two code pages swap: in Russian text
// most letters are lower case, which KOI8-R puts at 0xC0–0xDF and
// windows-1251 at 0xE0–0xFF. It answers only when almost every byte above
// 0x7F is a letter of those ranges (so Greek, Hebrew or CJK text is left
// alone) and the text has the letters that only Cyrillic uses there.
func guessCyrillic(body []byte) string {
	var high, low, upper, tail int // tail: 0xFB–0xFF, Cyrillic-only in both
	for _, b := range body {
		switch {
		case b >= 0xC0 && b <= 0xDF:
			low++
		case b >= 0xE0:
			upper++
			if b >= 0xFB {
				tail++
			}
		}
		if b >= 0x80 {
			high++
		}
	}
	if high < 8 || (low+upper)*10 < high*9 {
		return ""
	}
	switch {
	case low > 2*upper && upper > 0:
		return "koi8-r"
	case upper > 2*low && tail > 0:
		return "windows-1251"
	}
	return ""
}

// htmlToUTF8 transcodes an HTML page to UTF-8 by its byte order mark,
// Content-Type charset or <meta charset>, as browsers do.
func htmlToUTF8(body []byte, contentType string) []byte {
	if bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")) {
		return body[3:]
	}
	enc, _, _ := charset.DetermineEncoding(body, contentType)
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return bytes.TrimPrefix(out, []byte("\xEF\xBB\xBF"))
}

// contentTypeCharset is the charset parameter of a Content-Type header.
func contentTypeCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}
