/**
 * requirements.json rules (../shared/notes/zendesk-app-conventions.md §4.4): known resource types only,
 * unique identifiers within a type, a title on every resource that needs one, and actions on every macro.
 */
import { isObject } from '../../../src/json/isObject';
import { fileText, type PackageFiles } from '../files';
import { parseJsonFile, type Problem } from '../problem';

const FILE = 'requirements.json';
export const REQUIREMENT_TYPES = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
];
const UNTITLED_TYPES = ['channel_integrations', 'custom_objects', 'webhooks', 'custom_objects_v2'];
const MAX_REQUIREMENTS = 5000;

export function checkRequirements(files: PackageFiles): Problem[] {
  if (!files.has(FILE)) return [];
  const parsed = parseJsonFile(fileText(files, FILE), FILE);
  if (parsed.value === undefined) return parsed.problems;
  const requirements = parsed.value;
  const problems: Problem[] = [];
  const report = (rule: string, message: string): number => problems.push({ rule, file: FILE, message });
  if (!isObject(requirements)) {
    report('requirements', 'must be an object of resource types, e.g. {"macros": {...}}');
    return problems;
  }
  let count = 0;
  for (const [type, resources] of Object.entries(requirements)) {
    if (!REQUIREMENT_TYPES.includes(type)) {
      report(
        'requirement-types',
        `"${type}" is not a requirement type; allowed: ${REQUIREMENT_TYPES.join(', ')}`,
      );
      continue;
    }
    if (!isObject(resources)) {
      report('requirements', `"${type}" must map identifiers to resources`);
      continue;
    }
    for (const [key, resource] of Object.entries(resources)) {
      count += 1;
      const where = `${type}.${key}`;
      if (!isObject(resource)) report('requirements', `"${where}" must be an object`);
      else if (!UNTITLED_TYPES.includes(type) && !isText(resource.title))
        report('requirement-titles', `"${where}" needs a "title"`);
      if (type === 'macros' && isObject(resource) && !isMacroActions(resource.actions)) {
        report('macro-actions', `"${where}" needs "actions": a non-empty list of {field, value}`);
      }
    }
  }
  if (count > MAX_REQUIREMENTS) report('requirements', `${count} requirements; at most ${MAX_REQUIREMENTS}`);
  return problems;
}

function isMacroActions(actions: unknown): boolean {
  return (
    Array.isArray(actions) &&
    actions.length > 0 &&
    actions.every((action) => isObject(action) && isText(action.field) && action.value !== undefined)
  );
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
