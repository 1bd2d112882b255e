#!/usr/bin/env node
// The `goship` command: the committed bundle of packages/runner (dist/cli), so it runs without a build step.
import '../../../dist/cli/index.js';
