package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/stancebot/stancebot/bot"
)

// InteractionsPath is where Discord POSTs interactions in HTTP mode.
const InteractionsPath = "/discord/interactions"

// The headers Discord signs interactions with.
const (
	headerSignature = "X-Signature-Ed25519"
	headerTimestamp = "X-Signature-Timestamp"
)

// The interaction callback types we send.
const (
	callbackPong          = 1
	callbackMessage       = 4 // CHANNEL_MESSAGE_WITH_SOURCE
	callbackDeferred      = 5 // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
	callbackAutocomplete  = 8 // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
	flagEphemeral         = discordgo.MessageFlagsEphemeral
	unknownWebhookRetries = 3
)

// Routes adds POST /discord/interactions to mux. Every request is capped at
// MaxBodyBytes and verified (Ed25519 over timestamp + body, timestamp
// within 5 minutes) before anything else; one that fails gets 401 and
// changes nothing.
func (a *Adapter) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST "+InteractionsPath, a.serveInteractions)
}

// Verification failures; the 401 body does not say which, the log does.
var (
	errNoKey      = errors.New("discord: no public key configured")
	errMissing    = errors.New("discord: signature or timestamp header missing")
	errBadSig     = errors.New("discord: bad signature")
	errBadStamp   = errors.New("discord: bad timestamp")
	errStaleStamp = errors.New("discord: timestamp too far from now")
)

// verify checks a Discord interaction signature: sigHex is the
// X-Signature-Ed25519 header, ts the X-Signature-Timestamp header (unix
// seconds), and the signed message is ts followed by the raw body.
func verify(pub ed25519.PublicKey, now time.Time, maxSkew time.Duration, sigHex, ts string, body []byte) error {
	if len(pub) != ed25519.PublicKeySize {
		return errNoKey
	}
	if sigHex == "" || ts == "" {
		return errMissing
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errBadSig
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errBadStamp
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return errStaleStamp
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(pub, msg, sig) {
		return errBadSig
	}
	return nil
}

func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if err := verify(a.pub, a.now(), a.maxSkew, r.Header.Get(headerSignature), r.Header.Get(headerTimestamp), body); err != nil {
		a.log.InfoContext(r.Context(), "interaction refused", slog.String("error", err.Error()), slog.String("remote", r.RemoteAddr))
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(body, &in); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	write := func(_ context.Context, resp callback) error {
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(resp); err != nil {
			return fmt.Errorf("write interaction response: %w", err)
		}
		if f, ok := w.(http.Flusher); ok {
			f.Flush() // follow-ups may start right after; let Discord have the answer first
		}
		return nil
	}
	a.dispatch(r.Context(), &in, write)
}

// callback is an interaction response (what Discord calls an interaction
// callback): {"type": n, "data": {...}}.
type callback struct {
	Type int `json:"type"`
	Data any `json:"data,omitempty"`
}

// callbackData is the data of a message callback.
type callbackData struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Flags           discordgo.MessageFlags            `json:"flags,omitempty"`
}

// choicesData is the data of an autocomplete callback; choices is always
// present, even empty.
type choicesData struct {
	Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
}

type respondFunc func(ctx context.Context, resp callback) error

// dispatch answers one verified interaction, whichever way it came.
func (a *Adapter) dispatch(ctx context.Context, in *discordgo.Interaction, respond respondFunc) {
	if in.AppID == "" {
		in.AppID = a.applicationID()
	}
	var err error
	switch in.Type {
	case discordgo.InteractionPing:
		err = respond(ctx, callback{Type: callbackPong})
	case discordgo.InteractionApplicationCommandAutocomplete:
		err = respond(ctx, callback{Type: callbackAutocomplete, Data: choicesData{Choices: a.autocomplete(in.ApplicationCommandData())}})
	case discordgo.InteractionApplicationCommand:
		a.answer(in, respond)
		return
	default:
		err = respond(ctx, textCallback("stancebot has no buttons or forms; try /help.", true))
	}
	if err != nil {
		a.log.WarnContext(ctx, "answering interaction", slog.String("error", redact(err, in.Token).Error()), slog.Int("type", int(in.Type)))
	}
}

func textCallback(s string, ephemeral bool) callback {
	msgs := RenderEmbeds(bot.Text(s))
	return callback{Type: callbackMessage, Data: messageData(msgs[0], ephemeral)}
}

func messageData(m *discordgo.MessageSend, ephemeral bool) *callbackData {
	d := &callbackData{Content: m.Content, Embeds: m.Embeds, AllowedMentions: noMentions()}
	if ephemeral {
		d.Flags = flagEphemeral
	}
	return d
}

// begin registers n pieces of work with Run, if it is running, and
// returns its handler and context. Holding a.mu makes the Add happen
// before Run's Wait or not at all.
func (a *Adapter) begin(n int) (bot.Handler, context.Context, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.handler == nil {
		return nil, nil, false
	}
	a.wg.Add(n)
	return a.handler, a.runCtx, true
}

// answer runs an application command through the bot core. If the answer
// is ready within deferAfter it is the response itself; otherwise the
// response is "thinking…" (type 5) and the answer edits it when ready, as
// long as the interaction token lives (15 minutes). Replies longer than
// one message continue as follow-up messages.
func (a *Adapter) answer(in *discordgo.Interaction, respond respondFunc) {
	h, base, ok := a.begin(2) // the handler goroutine and this flow
	if !ok {
		if err := respond(context.Background(), textCallback("stancebot is starting up or restarting; try again in a moment.", true)); err != nil {
			a.log.Warn("answering interaction", slog.String("error", redact(err, in.Token).Error()))
		}
		return
	}
	data := in.ApplicationCommandData()
	msg := messageFor(in, commandText(data))
	log := a.log.With(slog.String("command", data.Name), slog.String("interaction_id", in.ID))

	// The token dies 15 minutes after the interaction; nothing is worth
	// doing after that.
	ctx, cancel := context.WithDeadline(base, time.Now().Add(a.tokenTTL))
	finish := func() { cancel(); a.wg.Done() }

	done := make(chan bot.Reply, 1)
	go func() {
		defer a.wg.Done()
		done <- a.handle(ctx, h, msg, log)
	}()

	timer := time.NewTimer(a.deferAfter)
	defer timer.Stop()
	select {
	case rep := <-done:
		msgs := interactionMessages(rep)
		if err := respond(ctx, callback{Type: callbackMessage, Data: messageData(msgs[0], rep.Ephemeral)}); err != nil {
			log.WarnContext(ctx, "answering interaction", slog.String("error", redact(err, in.Token).Error()))
			finish()
			return
		}
		if len(msgs) == 1 {
			finish()
			return
		}
		go func() {
			defer finish()
			a.followUps(ctx, in, msgs[1:], rep.Ephemeral, log)
		}()
	case <-timer.C:
		if err := respond(ctx, callback{Type: callbackDeferred, Data: &callbackData{AllowedMentions: noMentions()}}); err != nil {
			log.WarnContext(ctx, "deferring interaction", slog.String("error", redact(err, in.Token).Error()))
			finish()
			return
		}
		log.DebugContext(ctx, "interaction deferred")
		go func() {
			defer finish()
			var rep bot.Reply
			select {
			case rep = <-done:
			case <-ctx.Done():
			}
			if ctx.Err() != nil {
				log.WarnContext(ctx, "interaction answer dropped: token expired or shutting down", slog.String("error", ctx.Err().Error()))
				return
			}
			msgs := interactionMessages(rep)
			err := a.interactionCall(ctx, in, func(opts ...discordgo.RequestOption) error {
				_, err := a.session.InteractionResponseEdit(in, &discordgo.WebhookEdit{
					Embeds:          &msgs[0].Embeds,
					AllowedMentions: noMentions(),
				}, opts...)
				return err
			})
			if err != nil {
				log.WarnContext(ctx, "editing deferred response", slog.String("error", err.Error()))
				return
			}
			a.followUps(ctx, in, msgs[1:], rep.Ephemeral, log)
		}()
	}
}

// handle calls the bot core, turning a panic into an apology.
func (a *Adapter) handle(ctx context.Context, h bot.Handler, m bot.Message, log *slog.Logger) (r bot.Reply) {
	defer func() {
		if p := recover(); p != nil {
			log.ErrorContext(ctx, "command handler panicked", slog.String("panic", fmt.Sprint(p)))
			r = bot.Reply{Blocks: bot.Text("Sorry, something went wrong answering that.").Blocks, Ephemeral: true}
		}
	}()
	return h.Handle(ctx, m)
}

// interactionMessages renders a reply for an interaction: always at least
// one message.
func interactionMessages(r bot.Reply) []*discordgo.MessageSend {
	msgs := RenderEmbeds(r)
	if len(msgs) == 0 {
		msgs = RenderEmbeds(bot.Text("No answer."))
	}
	return msgs
}

// followUps posts the rest of a long answer after the first message.
func (a *Adapter) followUps(ctx context.Context, in *discordgo.Interaction, msgs []*discordgo.MessageSend, ephemeral bool, log *slog.Logger) {
	for _, m := range msgs {
		p := &discordgo.WebhookParams{Content: m.Content, Embeds: m.Embeds, AllowedMentions: noMentions()}
		if ephemeral {
			p.Flags = flagEphemeral
		}
		err := a.interactionCall(ctx, in, func(opts ...discordgo.RequestOption) error {
			_, err := a.session.FollowupMessageCreate(in, true, p, opts...)
			return err
		})
		if err != nil {
			log.WarnContext(ctx, "posting follow-up", slog.String("error", err.Error()))
			return
		}
	}
}

// interactionCall is call for requests on an interaction's webhook: right
// after the initial response Discord may not know the webhook yet (404
// Unknown Webhook), so a 404 is tried again a few times.
func (a *Adapter) interactionCall(ctx context.Context, in *discordgo.Interaction, fn func(opts ...discordgo.RequestOption) error) error {
	var err error
	for i := 0; i < unknownWebhookRetries; i++ {
		err = a.call(ctx, in.Token, fn)
		var se *SendError
		if !errors.As(err, &se) || se.Status != http.StatusNotFound {
			return err
		}
		if sleep(ctx, a.retryWait) != nil {
			return err
		}
	}
	return err
}
