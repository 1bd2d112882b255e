// cri-clean stops and removes every pod sandbox (and so every container) that a CRI runtime knows,
// through the CRI API itself: StopPodSandbox makes the runtime run CNI DEL, which removes the pod's
// veth, its IPAM lease and its iptables rules. test/infra/cluster/down runs it before stopping
// containerd, so a cluster whose kubelet is gone (killed, or an interrupted up) still leaves no
// network state behind. crictl would do the same (`crictl rmp -fa`) but is not packaged by Debian.
//
// Usage: cri-clean unix:///path/to/containerd.sock
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: cri-clean unix:///path/to/runtime.sock")
		os.Exit(2)
	}
	conn, err := grpc.NewClient(os.Args[1], grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fmt.Fprintf(os.Stderr, "cri-clean: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	defer conn.Close()
	rt := runtimeapi.NewRuntimeServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	list, err := rt.ListPodSandbox(ctx, &runtimeapi.ListPodSandboxRequest{})
	if err != nil {
		fmt.Fprintf(os.Stderr, "cri-clean: list pod sandboxes: %v\n", err)
		os.Exit(1)
	}
	failed := 0
	for _, sb := range list.Items {
		name := sb.Id
		if sb.Metadata != nil {
			name = sb.Metadata.Namespace + "/" + sb.Metadata.Name
		}
		if _, err := rt.StopPodSandbox(ctx, &runtimeapi.StopPodSandboxRequest{PodSandboxId: sb.Id}); err != nil {
			fmt.Fprintf(os.Stderr, "cri-clean: stop %s: %v\n", name, err)
			failed++
			continue
		}
		if _, err := rt.RemovePodSandbox(ctx, &runtimeapi.RemovePodSandboxRequest{PodSandboxId: sb.Id}); err != nil {
			fmt.Fprintf(os.Stderr, "cri-clean: remove %s: %v\n", name, err)
			failed++
			continue
		}
		fmt.Fprintf(os.Stderr, "cri-clean: removed pod %s\n", name)
	}
	if failed > 0 {
		os.Exit(1)
	}
}
