package sources

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"

	"github.com/stancebot/stancebot/news"
)

// Errors of the URL policy. Each is wrapped with the address or URL that
// broke it; test with errors.Is.
var (
	// ErrAddressRefused is returned when a URL resolves to an address the
	// policy forbids (loopback, private, link-local, ...) and private
	// addresses are not allowed.
	ErrAddressRefused = errors.New("fetch: address refused by URL policy")
	// ErrSchemeRefused is returned for a URL that is neither http(s) nor an
	// allowed file:// URL.
	ErrSchemeRefused = errors.New("fetch: URL scheme refused by URL policy")
	// ErrFileRefused is returned for a file:// URL that did not come from
	// the operator's config file.
	ErrFileRefused = errors.New("fetch: file:// URL refused by URL policy (allowed only for sources in the config file)")
)

// blockedRange is a network the policy refuses unless private addresses are
// allowed, with the word the error uses for it.
type blockedRange struct {
	prefix netip.Prefix
	kind   string
}

// blockedRanges are the networks a public feed never lives on. Loopback,
// private, link-local, multicast and unspecified addresses are also caught
// by the netip predicates in refusedKind; the list adds what those miss.
var blockedRanges = []blockedRange{
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT (shared)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64"},
}

// refusedKind says why addr is refused, or "" when it is a public address.
func refusedKind(addr netip.Addr) string {
	addr = addr.Unmap().WithZone("")
	switch {
	case !addr.IsValid():
		return "invalid"
	case addr.IsUnspecified():
		return "unspecified"
	case addr.IsLoopback():
		return "loopback"
	case addr.Is4() && addr.IsPrivate():
		return "private"
	case addr.IsPrivate(): // fc00::/7
		return "unique-local"
	case addr.IsLinkLocalUnicast():
		return "link-local"
	case addr.IsMulticast(), addr.IsLinkLocalMulticast(), addr.IsInterfaceLocalMulticast():
		return "multicast"
	case addr == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, r := range blockedRanges {
		if r.prefix.Contains(addr) {
			return r.kind
		}
	}
	// NAT64 (64:ff9b::/96) embeds an IPv4 address: judge that one.
	if nat64 := netip.MustParsePrefix("64:ff9b::/96"); nat64.Contains(addr) {
		b := addr.As16()
		if k := refusedKind(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); k != "" {
			return k + " (through NAT64)"
		}
	}
	return ""
}

// policy decides which addresses a Fetcher may connect to.
type policy struct {
	allowPrivate bool
	// allowNets are non-public networks the operator allowed explicitly
	// (an intranet); every other non-public address stays refused.
	allowNets []netip.Prefix
}

// checkAddress applies the policy to one resolved address.
func (p policy) checkAddress(addr netip.Addr) error {
	if p.allowPrivate {
		return nil
	}
	kind := refusedKind(addr)
	if kind == "" {
		return nil
	}
	plain := addr.Unmap().WithZone("")
	for _, n := range p.allowNets {
		if n.Contains(plain) {
			return nil
		}
	}
	return fmt.Errorf("%w: %s is a %s address (set fetch.allow_private or fetch.allow_networks to reach it)", ErrAddressRefused, addr, kind)
}

// control is a net.Dialer Control function: it runs after the name is
// resolved and before the socket connects, so it sees the very address
// that will be dialled, whatever the URL said (no DNS rebinding gap, and
// every redirect is dialled through it too).
func (p policy) control(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read address %q: %w", ErrAddressRefused, address, err)
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: cannot read address %q: %w", ErrAddressRefused, address, err)
	}
	return p.checkAddress(addr)
}

// checkURL refuses, before anything is dialled, a URL whose scheme is not
// http(s), that has no host, whose host is an IP literal the policy
// refuses, or whose host is a number in a non-standard notation
// (2130706433, 0177.0.0.1, 0x7f.1, 127.1) that some resolvers read as an
// address: the connect-time check would catch the address, but the early
// refusal names the trick.
func (p policy) checkURL(u *url.URL) error {
	if err := checkScheme(u); err != nil {
		return err
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%w: %s has no host", ErrAddressRefused, news.RedactURL(u.String()))
	}
	if addr, err := netip.ParseAddr(host); err == nil {
		return p.checkAddress(addr)
	}
	if p.allowPrivate {
		return nil
	}
	if isNumericHost(host) {
		return fmt.Errorf("%w: host %q is an IP address in a non-standard notation", ErrAddressRefused, host)
	}
	if name := strings.TrimSuffix(strings.ToLower(host), "."); name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return fmt.Errorf("%w: host %q is a loopback name", ErrAddressRefused, host)
	}
	return nil
}

// isNumericHost reports whether every dot-separated label of host is a
// decimal, octal (0-prefixed) or hex (0x-prefixed) number: the inet_aton
// forms of an IPv4 address. Real host names always have a letter label.
func isNumericHost(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		digits := label
		if rest, ok := strings.CutPrefix(label, "0x"); ok {
			digits = rest
			if strings.Trim(digits, "0123456789abcdef") != "" {
				return false
			}
			continue
		}
		if digits == "" || strings.Trim(digits, "0123456789") != "" {
			return false
		}
	}
	return true
}

// checkScheme refuses every scheme but http and https.
func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	}
	return fmt.Errorf("%w: %q (only http and https)", ErrSchemeRefused, u.Scheme)
}
