package slack

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Routes registers the HTTP-mode endpoints on mux (the app's http.listen
// server): POST /slack/commands, /slack/events and /slack/interactions.
// Each reads the body (at most Options.MaxBodyBytes: 413 beyond) and
// verifies the v0 signature before anything else looks at it; a request
// that fails gets 401 and changes nothing. Until Run has been given a
// handler they answer 503, so Slack retries.
func (a *Adapter) Routes(mux *http.ServeMux) {
	if a.opts.Mode == ModePost {
		return // nothing can verify inbound requests without a signing secret
	}
	mux.Handle("POST /slack/commands", a.verified(a.serveCommand))
	mux.Handle("POST /slack/events", a.verified(a.serveEvent))
	mux.Handle("POST /slack/interactions", a.verified(a.serveInteraction))
}

// verified wraps an endpoint: body capped and read once, signature
// checked over exactly those bytes, then the body put back for parsing.
func (a *Adapter) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.opts.MaxBodyBytes))
		if err != nil {
			if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read request body", http.StatusBadRequest)
			return
		}
		if err := verifyRequest(r.Header, body, a.opts.SigningSecret, a.now()); err != nil {
			a.log.WarnContext(r.Context(), "slack request refused", "path", r.URL.Path, "error", err)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next(w, r, body)
	})
}

// serveCommand acknowledges a slash command at once with an empty 200 and
// answers later through response_url: the store may be slow, Slack waits
// three seconds.
func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request, _ []byte) {
	cmd, err := slackapi.SlashCommandParse(r)
	if err != nil || cmd.Command == "" {
		http.Error(w, "not a slash command", http.StatusBadRequest)
		return
	}
	if !a.startCommand(cmd) {
		http.Error(w, "stancebot is not running", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// eventEnvelope is the outer Events API request: a url_verification
// challenge or an event_callback.
type eventEnvelope struct {
	Type      string          `json:"type"`
	Challenge string          `json:"challenge"`
	EventID   string          `json:"event_id"`
	Event     json.RawMessage `json:"event"`
}

// serveEvent answers the url_verification challenge and handles
// event_callback requests once per event_id, answering 200 at once.
// Unknown event types are acknowledged and ignored.
func (a *Adapter) serveEvent(w http.ResponseWriter, r *http.Request, body []byte) {
	var env eventEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		http.Error(w, "not an Events API request", http.StatusBadRequest)
		return
	}
	switch env.Type {
	case slackevents.URLVerification:
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"challenge": env.Challenge})
		return
	case slackevents.CallbackEvent:
		if !a.accepting() {
			// Not marked seen: Slack's retry will find us running.
			http.Error(w, "stancebot is not running", http.StatusServiceUnavailable)
			return
		}
		if env.EventID != "" && !a.seen.add(env.EventID, a.now()) {
			retry, _ := strconv.Atoi(r.Header.Get(headerRetryNum))
			a.log.DebugContext(r.Context(), "slack event already handled", "event_id", env.EventID, "retry_num", retry,
				"retry_reason", r.Header.Get("X-Slack-Retry-Reason"))
			w.WriteHeader(http.StatusOK)
			return
		}
		a.dispatchEvent(env.Event)
	default:
		a.log.DebugContext(r.Context(), "slack events request ignored", "type", env.Type)
	}
	w.WriteHeader(http.StatusOK)
}

// dispatchEvent handles one inner event; only app_mention asks anything
// of the bot.
func (a *Adapter) dispatchEvent(raw json.RawMessage) {
	var head struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.Type != string(slackevents.AppMention) {
		return
	}
	var ev slackevents.AppMentionEvent
	if err := json.Unmarshal(raw, &ev); err != nil {
		a.log.Warn("slack app_mention unreadable", "error", err)
		return
	}
	a.startMention(ev)
}

// serveInteraction acknowledges interactivity payloads. stancebot's
// messages carry no buttons yet, so there is nothing more to do than read
// the type for the log; the endpoint exists so the app's interactivity
// setting has a verified home. Only the type is decoded, so a payload
// shape slack-go does not know yet is still acknowledged.
func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	payload := form.Get("payload")
	if err != nil || payload == "" {
		http.Error(w, "not an interaction payload", http.StatusBadRequest)
		return
	}
	var head struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal([]byte(payload), &head); err != nil {
		http.Error(w, "interaction payload is not JSON", http.StatusBadRequest)
		return
	}
	a.log.DebugContext(r.Context(), "slack interaction ignored", "type", head.Type)
	w.WriteHeader(http.StatusOK)
}
