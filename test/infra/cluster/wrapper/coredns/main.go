// Wrapper module: the cluster DNS of the test cluster's real node. CoreDNS built with only the plugins
// the cluster needs (the full build pulls every cloud SDK): kubernetes answers cluster.local, the rest
// keep it observable. The plugin order is CoreDNS's own (dnsserver.Directives), untouched.
package main

import (
	"github.com/coredns/coredns/core/dnsserver"
	"github.com/coredns/coredns/coremain"

	_ "github.com/coredns/coredns/plugin/bind"
	_ "github.com/coredns/coredns/plugin/cache"
	_ "github.com/coredns/coredns/plugin/errors"
	_ "github.com/coredns/coredns/plugin/health"
	_ "github.com/coredns/coredns/plugin/kubernetes"
	_ "github.com/coredns/coredns/plugin/loadbalance"
	_ "github.com/coredns/coredns/plugin/log"
	_ "github.com/coredns/coredns/plugin/ready"
)

// dnsserver's directive list names every plugin it knows; only the ones linked above can be used.
var _ = dnsserver.Directives

func main() { coremain.Run() }
