// docker-credential-goship-file: a Docker credential helper for tests, built on the credential-helper
// protocol implementation of github.com/docker/docker-credential-helpers (credentials.Serve: the same
// `get`/`store`/`erase`/`list` commands, stdin and JSON as docker-credential-pass and the others), with a
// JSON file as its store instead of a keychain, so it runs on a machine without gpg/pass or D-Bus.
// The store is $GOSHIP_CREDENTIALS_FILE (required), written 0600.
package main

import (
	"encoding/json"
	"errors"
	"os"

	"github.com/docker/docker-credential-helpers/credentials"
)

type entry struct {
	Username string `json:"username"`
	Secret   string `json:"secret"`
}

type fileStore struct{ path string }

func (f fileStore) load() (map[string]entry, error) {
	m := map[string]entry{}
	data, err := os.ReadFile(f.path)
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	return m, json.Unmarshal(data, &m)
}

func (f fileStore) save(m map[string]entry) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return os.WriteFile(f.path, data, 0o600)
}

func (f fileStore) Add(c *credentials.Credentials) error {
	m, err := f.load()
	if err != nil {
		return err
	}
	m[c.ServerURL] = entry{Username: c.Username, Secret: c.Secret}
	return f.save(m)
}

func (f fileStore) Delete(serverURL string) error {
	m, err := f.load()
	if err != nil {
		return err
	}
	if _, ok := m[serverURL]; !ok {
		return credentials.NewErrCredentialsNotFound()
	}
	delete(m, serverURL)
	return f.save(m)
}

func (f fileStore) Get(serverURL string) (string, string, error) {
	m, err := f.load()
	if err != nil {
		return "", "", err
	}
	e, ok := m[serverURL]
	if !ok {
		return "", "", credentials.NewErrCredentialsNotFound()
	}
	return e.Username, e.Secret, nil
}

func (f fileStore) List() (map[string]string, error) {
	m, err := f.load()
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for k, v := range m {
		out[k] = v.Username
	}
	return out, nil
}

func main() {
	path := os.Getenv("GOSHIP_CREDENTIALS_FILE")
	if path == "" {
		os.Stderr.WriteString("GOSHIP_CREDENTIALS_FILE is not set\n")
		os.Exit(1)
	}
	credentials.Serve(fileStore{path: path})
}
