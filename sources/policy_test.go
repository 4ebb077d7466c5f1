package sources

import (
	"net/netip"
	"testing"
)

func TestRefusedKind(t *testing.T) {
	tests := []struct {
		addr string
		want string // "" = allowed
	}{
		{"8.8.8.8", ""},
		{"93.184.215.14", ""},
		{"2606:4700::1111", ""},
		{"127.0.0.1", "loopback"},
		{"127.9.9.9", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"192.168.1.1", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1%eth0", "link-local"},
		{"100.64.0.1", "carrier-grade NAT (shared)"},
		{"100.127.255.254", "carrier-grade NAT (shared)"},
		{"100.128.0.1", ""},
		{"fc00::1", "unique-local"},
		{"fd12:3456::1", "unique-local"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"0.1.2.3", "this-network"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "broadcast"},
		{"64:ff9b::7f00:1", "loopback (through NAT64)"},
		{"64:ff9b::808:808", ""},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := refusedKind(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("refusedKind(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}
