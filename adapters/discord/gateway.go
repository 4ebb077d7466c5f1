package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway close codes after which reconnecting cannot help.
var fatalCloseCodes = map[int]string{
	4004: "authentication failed",
	4010: "invalid shard",
	4011: "sharding required",
	4012: "invalid API version",
	4013: "invalid intents",
	4014: "disallowed intents",
}

// gatewayFatal returns the error to stop with when err means reconnecting
// will never work, else nil.
func gatewayFatal(err error) error {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return nil
	}
	if ce.Code == 4004 {
		return fmt.Errorf("%w: gateway closed the connection with code 4004", ErrInvalidToken)
	}
	if why, ok := fatalCloseCodes[ce.Code]; ok {
		return fmt.Errorf("discord: gateway closed the connection with code %d (%s)", ce.Code, why)
	}
	return nil
}

// runGateway checks the token, opens the websocket, registers the
// commands and answers interactions until ctx ends, reconnecting with
// backoff when the connection drops. discordgo's own reconnect loop is off
// (it would retry an invalid token for ever); this one stops on the close
// codes that say retrying is useless.
func (a *Adapter) runGateway(ctx context.Context) error {
	s := a.session
	// A REST call first: a refused token is a plain 401 here, before any
	// websocket.
	me, err := a.checkToken(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}

	disconnected := make(chan struct{}, 1)
	// Handlers run synchronously in discordgo's reading goroutine
	// (SyncEvents), so READY has set the application id when Open returns;
	// interactions are handed to their own goroutine at once.
	s.SyncEvents = true
	removers := []func(){
		s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			if r.Application != nil && r.Application.ID != "" {
				a.setApplicationID(r.Application.ID)
			}
		}),
		s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			select {
			case disconnected <- struct{}{}:
			default:
			}
		}),
		s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
			in := ic.Interaction
			if _, _, ok := a.begin(1); !ok {
				return // shutting down
			}
			go func() {
				defer a.wg.Done()
				a.dispatch(ctx, in, a.gatewayRespond(in))
			}()
		}),
	}
	defer func() {
		for _, remove := range removers {
			remove()
		}
	}()

	if err := a.open(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if me != nil {
		a.setApplicationID(me.ID) // bots share their application's id; READY wins when it came first
	}
	regCtx, cancelReg := context.WithCancel(ctx)
	refused, regDone := a.keepRegistering(regCtx)
	defer func() { cancelReg(); <-regDone }()
	a.log.InfoContext(ctx, "connected to the Discord gateway")
	for {
		select {
		case <-ctx.Done():
			a.closeSession(ctx)
			return nil
		case err := <-refused:
			a.closeSession(ctx)
			return err
		case <-disconnected:
			if ctx.Err() != nil {
				continue
			}
			a.log.WarnContext(ctx, "gateway connection lost; reconnecting")
			if err := a.open(ctx); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			a.log.InfoContext(ctx, "reconnected to the Discord gateway")
		}
	}
}

// checkToken asks Discord who the bot is. A refused token is
// ErrInvalidToken at once; while Discord cannot be reached it tries again
// with backoff.
func (a *Adapter) checkToken(ctx context.Context) (*discordgo.User, error) {
	backoff := a.backoffMin
	for {
		var me *discordgo.User
		err := a.call(ctx, "", func(opts ...discordgo.RequestOption) error {
			u, err := a.session.User("@me", opts...)
			me = u
			return err
		})
		if err == nil {
			return me, nil
		}
		var se *SendError
		if errors.Is(err, ErrInvalidToken) || !errors.As(err, &se) || !se.Temporary {
			return nil, fmt.Errorf("discord: check bot token: %w", err)
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		a.log.WarnContext(ctx, "cannot reach Discord", slog.String("error", err.Error()), slog.Duration("retry_in", wait))
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
		backoff = min(backoff*2, a.backoffMax)
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// open connects to the gateway, retrying with exponential backoff and
// jitter until it works, ctx ends, or the gateway says retrying is useless.
func (a *Adapter) open(ctx context.Context) error {
	backoff := a.backoffMin
	for {
		err := a.session.Open()
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			return nil
		}
		if fatal := gatewayFatal(err); fatal != nil {
			return fatal
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		a.log.WarnContext(ctx, "gateway connect failed", slog.String("error", err.Error()), slog.Duration("retry_in", wait))
		if err := sleep(ctx, wait); err != nil {
			return err
		}
		backoff = min(backoff*2, a.backoffMax)
	}
}

func (a *Adapter) closeSession(ctx context.Context) {
	if err := a.session.Close(); err != nil {
		a.log.DebugContext(ctx, "closing gateway", slog.String("error", err.Error()))
	}
}

// gatewayRespond answers an interaction that came over the gateway: a POST
// to /interactions/{id}/{token}/callback.
func (a *Adapter) gatewayRespond(in *discordgo.Interaction) respondFunc {
	return func(ctx context.Context, resp callback) error {
		endpoint := discordgo.EndpointInteractionResponse(in.ID, in.Token)
		return a.call(ctx, in.Token, func(opts ...discordgo.RequestOption) error {
			_, err := a.session.RequestWithBucketID("POST", endpoint, resp, discordgo.EndpointInteractionResponse(in.ID, ""), opts...)
			return err
		})
	}
}
