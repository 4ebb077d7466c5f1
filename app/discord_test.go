package app

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestDiscordHTTPInteractionEndToEnd runs the whole bot in Discord HTTP
// interactions mode: a /position interaction signed with the application's
// Ed25519 key is answered with the stance and the evidence; PING gets
// {"type":1}; a request with a bad signature gets 401.
func TestDiscordHTTPInteractionEndToEnd(t *testing.T) {
	feed, _ := feedServer(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	listen := freeAddr(t)
	cfg := writeConfig(t, `store: stancebot.db
watchlist: watchlist.yaml
sources:
  - id: wire
    url: `+feed.URL+`/feed.xml
fetch:
  allow_private: true
http:
  listen: `+listen+`
discord:
  mode: http
`)
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_APPLICATION_ID": "123456789012345678"}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, []string{"run", "--config", cfg}, Env{
			Getenv: func(k string) string { return env[k] }, Stdout: io.Discard, Stderr: io.Discard,
		})
	}()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("run exited %d", code)
		}
	}()

	post := func(body string, key ed25519.PrivateKey) (int, string) {
		for range 100 { // the app is starting: wait for the listener
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req, _ := http.NewRequest("POST", "http://"+listen+"/discord/interactions", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body))))
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusServiceUnavailable {
					return resp.StatusCode, string(b)
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatal("the app never answered on", listen)
		return 0, ""
	}

	if code, body := post(`{"type":1,"id":"1","application_id":"123456789012345678","token":"t"}`, priv); code != 200 || !strings.Contains(body, `"type":1`) {
		t.Fatalf("PING: %d %s", code, body)
	}
	_, wrong, _ := ed25519.GenerateKey(nil)
	if code, _ := post(`{"type":1,"id":"1","application_id":"123456789012345678","token":"t"}`, wrong); code != http.StatusUnauthorized {
		t.Fatalf("wrongly signed PING: %d, want 401", code)
	}
	cmd, _ := json.Marshal(map[string]any{
		"type": 2, "id": "2", "application_id": "123456789012345678", "token": "tok", "channel_id": "C1",
		"member": map[string]any{"user": map[string]any{"id": "U1", "username": "desk"}, "permissions": "0"},
		"data": map[string]any{"type": 1, "name": "position", "id": "3", "options": []any{
			map[string]any{"type": 3, "name": "actor", "value": "russia"},
			map[string]any{"type": 3, "name": "topic", "value": "purl"},
		}},
	})
	code, body := post(string(cmd), priv)
	if code != 200 {
		t.Fatalf("/position: %d %s", code, body)
	}
	if !strings.Contains(body, "oppose") || !strings.Contains(body, "Prioritised Ukraine Requirements List") ||
		!strings.Contains(body, `"allowed_mentions":{"parse":[]`) {
		t.Errorf("/position answer lacks the stance, the evidence or allowed_mentions: %s", body)
	}
}
