/*
 * The port integrity report (docs/ARCHITECTURE.md "One port"): every place a port appears in the rendered
 * set — containerPorts and their names, Service port/targetPort/nodePort, probe ports, PORT and *_PORT env
 * (literal or through a ConfigMap key), init-container wait targets and the port the binary was built
 * with — resolved against each other. Any disagreement is an error with one annotation per side.
 */
import type { UserError } from '@goship/kit';
import type { Manifest } from '../model.js';
import { configMapsOf, containersOf, type PodTemplate, podTemplateOf } from '../workloads.js';
import { Analysis, type PortContext, type PortOptions, type PortReport } from './analysis.js';
import { checkContainers, collectDeclared } from './containers.js';
import { checkServices } from './services.js';

export type { PortOptions, PortReport, PortRole, PortUse } from './analysis.js';

export function analysePorts(
  manifests: Manifest[],
  opts: PortOptions = {},
): { report: PortReport; errors: UserError[] } {
  const a = new Analysis();
  const templates = manifests.map(podTemplateOf).filter((t): t is PodTemplate => t !== undefined);
  const services = manifests.filter((m) => m.object.kind === 'Service' && m.object.apiVersion === 'v1');
  const configMaps = configMapsOf(manifests);
  const ctx: PortContext = { a, templates, services, configMaps, declared: new Map() };
  const containers = templates.flatMap((t) => containersOf(t));
  collectDeclared(ctx, containers);
  const appPort = checkServices(ctx);
  checkContainers(ctx, containers, opts);
  const report: PortReport = {
    consistent: a.errors.length === 0,
    port: appPort,
    uses: a.uses,
    problems: a.problems,
  };
  return { report, errors: a.errors };
}
