module goship.test/credential-helper

go 1.21

require github.com/docker/docker-credential-helpers v0.9.13
