package slack

import (
	"bufio"
	"crypto/hmac"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

type signatureVector struct {
	Name          string            `json:"name"`
	SigningSecret string            `json:"signing_secret"`
	Headers       map[string]string `json:"headers"`
	RawBody       string            `json:"raw_body"`
}

func loadVector(t testing.TB) signatureVector {
	t.Helper()
	b, err := os.ReadFile("testdata/signature-vector.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Vectors []signatureVector `json:"vectors"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f.Vectors[0]
}

func (v signatureVector) header() http.Header {
	h := http.Header{}
	for k, val := range v.Headers {
		h.Set(k, val)
	}
	return h
}

func (v signatureVector) time(t testing.TB) time.Time {
	sec, err := strconv.ParseInt(v.Headers[headerTimestamp], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(sec, 0)
}

// TestVerifyRequest is the signature matrix on Slack's published example:
// the clock is moved, the request is not re-signed.
func TestVerifyRequest(t *testing.T) {
	v := loadVector(t)
	signed := v.time(t)
	oneByte := []byte(v.RawBody)
	oneByte[len(oneByte)-1] ^= 1

	tests := []struct {
		name    string
		secret  string
		header  func(http.Header)
		body    []byte
		now     time.Time
		wantErr error
	}{
		{name: "valid", now: signed},
		{name: "wrong secret", secret: "8f742231b10e8888abcd99yyyzzz85a6", now: signed, wantErr: ErrBadSignature},
		{name: "empty secret configured", secret: "-", now: signed, wantErr: ErrBadSignature},
		{name: "body changed by one byte", body: oneByte, now: signed, wantErr: ErrBadSignature},
		{name: "body with a byte appended", body: append([]byte(v.RawBody), '&'), now: signed, wantErr: ErrBadSignature},
		{name: "signature header missing", header: func(h http.Header) { h.Del(headerSignature) }, now: signed, wantErr: ErrMissingSignature},
		{name: "timestamp header missing", header: func(h http.Header) { h.Del(headerTimestamp) }, now: signed, wantErr: ErrMissingSignature},
		{name: "timestamp 299 s old", now: signed.Add(299 * time.Second)},
		{name: "timestamp 299 s in the future", now: signed.Add(-299 * time.Second)},
		{name: "timestamp 301 s old", now: signed.Add(301 * time.Second), wantErr: ErrStaleTimestamp},
		{name: "timestamp 301 s in the future", now: signed.Add(-301 * time.Second), wantErr: ErrStaleTimestamp},
		{name: "real clock: the example is stale", now: time.Now(), wantErr: ErrStaleTimestamp},
		{name: "timestamp changed (signature covers it)", header: func(h http.Header) { h.Set(headerTimestamp, "1531420619") }, now: signed, wantErr: ErrBadSignature},
		{name: "timestamp not a number", header: func(h http.Header) { h.Set(headerTimestamp, "soon") }, now: signed, wantErr: ErrStaleTimestamp},
		{name: "no v0= prefix", header: func(h http.Header) { h.Set(headerSignature, strings.TrimPrefix(v.Headers[headerSignature], "v0=")) }, now: signed, wantErr: ErrBadSignature},
		{name: "v1 scheme", header: func(h http.Header) {
			h.Set(headerSignature, "v1="+strings.TrimPrefix(v.Headers[headerSignature], "v0="))
		}, now: signed, wantErr: ErrBadSignature},
		{name: "signature not hex", header: func(h http.Header) { h.Set(headerSignature, "v0=zz") }, now: signed, wantErr: ErrBadSignature},
		{name: "signature truncated", header: func(h http.Header) { h.Set(headerSignature, v.Headers[headerSignature][:40]) }, now: signed, wantErr: ErrBadSignature},
		{name: "signature flipped in last byte", header: func(h http.Header) {
			s := v.Headers[headerSignature]
			h.Set(headerSignature, s[:len(s)-1]+"a")
		}, now: signed, wantErr: ErrBadSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := v.header()
			if tc.header != nil {
				tc.header(h)
			}
			body := []byte(v.RawBody)
			if tc.body != nil {
				body = tc.body
			}
			secret := v.SigningSecret
			switch tc.secret {
			case "":
			case "-":
				secret = ""
			default:
				secret = tc.secret
			}
			err := verifyRequest(h, body, secret, tc.now)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("verifyRequest = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

// TestSignatureMatchesSlackExample checks Signature against the example,
// so tests that sign their own requests sign as Slack does.
func TestSignatureMatchesSlackExample(t *testing.T) {
	v := loadVector(t)
	if got := Signature(v.SigningSecret, v.time(t), []byte(v.RawBody)); got != v.Headers[headerSignature] {
		t.Fatalf("Signature = %s, want %s", got, v.Headers[headerSignature])
	}
}

// TestRoutesRefuseUnverified sends the matrix to every endpoint: each
// failure is 401 and reaches neither the handler nor Slack.
func TestRoutesRefuseUnverified(t *testing.T) {
	v := loadVector(t)
	signed := v.time(t)
	fake := newFakeSlack(t)
	api := httptest.NewServer(fake)
	defer api.Close()
	h := &fakeHandler{}
	clock := newTestClock(signed)
	a, err := New(Options{
		BotToken: testBotToken, SigningSecret: v.SigningSecret, Mode: ModeHTTP,
		APIURL: api.URL + "/api", Now: clock.Now,
		HTTPClient: &http.Client{Transport: handlerTransport{fake}}, // hooks.slack.com → the fake
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	startRun(t, a, h)

	oneByte := []byte(v.RawBody)
	oneByte[10] ^= 0x20
	cases := []struct {
		name   string
		secret string
		body   []byte
		now    time.Time
		mutate func(http.Header)
	}{
		{name: "wrong secret", secret: "not-the-secret", now: signed},
		{name: "body changed by one byte", body: oneByte, now: signed},
		{name: "signature header missing", now: signed, mutate: func(h http.Header) { h.Del(headerSignature) }},
		{name: "timestamp header missing", now: signed, mutate: func(h http.Header) { h.Del(headerTimestamp) }},
		{name: "timestamp 301 s old", now: signed.Add(301 * time.Second)},
		{name: "timestamp 301 s in the future", now: signed.Add(-301 * time.Second)},
	}
	for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactions"} {
		for _, tc := range cases {
			t.Run(path+"/"+tc.name, func(t *testing.T) {
				clock.Set(tc.now)
				body := []byte(v.RawBody)
				if tc.body != nil {
					body = tc.body
				}
				req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(string(body)))
				req.Header = v.header()
				if tc.secret != "" {
					req.Header.Set(headerSignature, Signature(tc.secret, signed, body))
				}
				if tc.mutate != nil {
					tc.mutate(req.Header)
				}
				rec := httptest.NewRecorder()
				mux.ServeHTTP(rec, req)
				if rec.Code != http.StatusUnauthorized {
					t.Fatalf("status %d, want 401", rec.Code)
				}
			})
		}
	}
	if n := len(h.Messages()); n != 0 {
		t.Fatalf("handler saw %d messages from refused requests", n)
	}
	if n := len(fake.Posts()); n != 0 {
		t.Fatalf("Slack got %d posts from refused requests", n)
	}

	// The same example, 299 s later, is a real slash command: accepted,
	// and answered on its response_url.
	t.Run("/slack/commands/valid 299 s old", func(t *testing.T) {
		clock.Set(signed.Add(299 * time.Second))
		req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(v.RawBody))
		req.Header = v.header()
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d, want 200: %s", rec.Code, rec.Body)
		}
		posts := fake.waitPosts(t, 1)
		if posts[0].Method != "response_url" || !strings.HasPrefix(posts[0].Path, "/commands/T1DC2JH3J/") {
			t.Fatalf("answer went to %s %s, want the command's response_url", posts[0].Method, posts[0].Path)
		}
		if got := h.Messages(); len(got) != 1 || got[0].Text != "/webhook-collect" || got[0].User != "U2CERLKJA" || got[0].Channel != "G8PSS9T3V" {
			t.Fatalf("handler got %+v", got)
		}
	})
}

func TestBodyCapped(t *testing.T) {
	a, err := New(Options{BotToken: testBotToken, SigningSecret: "s", MaxBodyBytes: 64})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	body := strings.Repeat("x", 65)
	req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	req.Header.Set(headerTimestamp, unixString(time.Now()))
	req.Header.Set(headerSignature, Signature("s", time.Now(), []byte(body)))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
}

// FuzzVerify: whatever the headers and body, a request is accepted only
// when its signature is the HMAC of exactly that timestamp and body and
// the timestamp is within five minutes; and it never panics.
func FuzzVerify(f *testing.F) {
	v := loadVector(f)
	now := v.time(f).Unix()
	f.Add([]byte(v.RawBody), v.Headers[headerTimestamp], v.Headers[headerSignature], v.SigningSecret, int64(0))
	f.Add([]byte(v.RawBody), v.Headers[headerTimestamp], v.Headers[headerSignature], v.SigningSecret, int64(301))
	f.Add([]byte(""), "", "", "", int64(0))
	f.Add([]byte("payload=%7B%7D"), "-1", "v0=", "x", int64(-299))
	f.Add([]byte(v.RawBody), "9223372036854775807", "v0=00", v.SigningSecret, int64(0))
	f.Fuzz(func(t *testing.T, body []byte, ts, sig, secret string, shift int64) {
		h := http.Header{}
		h.Set(headerTimestamp, ts)
		h.Set(headerSignature, sig)
		clock := time.Unix(now+shift%100000, 0)
		err := verifyRequest(h, body, secret, clock)
		if err != nil {
			return
		}
		want := sign(secret, h.Get(headerTimestamp), body)
		got, decErr := hex.DecodeString(strings.TrimPrefix(h.Get(headerSignature), "v0="))
		if decErr != nil || !hmac.Equal(got, want) {
			t.Fatalf("accepted a wrong signature %q", sig)
		}
		sec, perr := strconv.ParseInt(h.Get(headerTimestamp), 10, 64)
		if perr != nil || clock.Sub(time.Unix(sec, 0)).Abs() > maxSkew {
			t.Fatalf("accepted timestamp %q at %d", ts, clock.Unix())
		}
		if secret == "" {
			t.Fatal("accepted with no secret configured")
		}
	})
}

// readSeeds reads the fuzz seeds kept in testdata, one per line.
func readSeeds(f *testing.F) []string {
	file, err := os.Open("testdata/escape-seeds.txt")
	if err != nil {
		f.Fatal(err)
	}
	defer file.Close()
	var out []string
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}
