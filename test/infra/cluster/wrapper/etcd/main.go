// Command etcd is the etcd server, built from the go.etcd.io/etcd/server/v3 module
// (the same entry point as etcd's own main.go, which cannot be installed from the
// module proxy because the root module relies on replace directives).
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
