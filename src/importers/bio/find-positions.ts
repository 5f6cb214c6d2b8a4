import { classifyPositionLine, type PositionLine } from './classify-position-line';
import { looksLikeRole } from './looks-like-role';
import type { BioLine } from './read-lines';
import { isSectionHeading } from './section-headings';

export interface Mention {
  name: string;
  line: number;
}

/** A role held at an institution, as read from a positions block. */
export interface PositionDraft {
  institution: Mention;
  role: string;
  /** Line of the role. */
  line: number;
  start?: string;
  end?: string;
  hosts: Mention[];
  collaborators: Mention[];
}

interface ClassifiedLine extends BioLine {
  kind: PositionLine;
}

interface RoleDraft extends PositionDraft {
  dated: boolean;
  described: boolean;
}

/**
 * Reads positions blocks: an institution line, then one or more roles, each with optional
 * date range, "Hosts:", "Also worked with:" and "Worked on ..." lines in any order.
 * Lines other readers consumed (papers, talks) and headings end a block; prose is skipped.
 */
export function findPositions(lines: BioLine[], consumed: Set<number>): PositionDraft[] {
  return positionBlocks(lines, consumed).flatMap(readPositionBlock);
}

function positionBlocks(lines: BioLine[], consumed: Set<number>): ClassifiedLine[][] {
  const blocks: ClassifiedLine[][] = [[]];
  lines.forEach((line, index) => {
    if (consumed.has(index) || isSectionHeading(line.text)) {
      blocks.push([]);
      return;
    }
    if (line.text === '') return;
    const kind = classifyPositionLine(line.text);
    if (kind.kind !== 'prose') blocks[blocks.length - 1].push({ ...line, kind });
  });
  return blocks.filter((block) => block.length > 0);
}

function readPositionBlock(block: ClassifiedLine[]): PositionDraft[] {
  const positions: PositionDraft[] = [];
  let institution: Mention | undefined;
  let role: RoleDraft | undefined;
  const closeRole = (): void => {
    if (role && isEvidentPosition(role)) positions.push(toPositionDraft(role));
    role = undefined;
  };
  block.forEach((entry, i) => {
    const kind = entry.kind;
    if (kind.kind === 'plain') {
      closeRole();
      if (isInstitutionLine(entry, block[i + 1])) institution = { name: entry.text, line: entry.line };
      else if (institution) role = newRole(entry, institution);
    } else if (kind.kind === 'dates' && role && !role.dated) {
      Object.assign(role, kind.range, { dated: true });
    } else if (kind.kind === 'people' && role) {
      const mentions = kind.names.map((name) => ({ name, line: entry.line }));
      (kind.role === 'host' ? role.hosts : role.collaborators).push(...mentions);
    } else if (kind.kind === 'description' && role) {
      role.described = true;
    }
  });
  closeRole();
  return positions;
}

/**
 * An institution line is directly followed by its first role line; a role line is followed by
 * its details or by the next role. Two job titles in a row are two roles, not institution + role.
 */
function isInstitutionLine(entry: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (next?.kind.kind !== 'plain') return false;
  return !(looksLikeRole(entry.text) && looksLikeRole(next.text));
}

function newRole(entry: ClassifiedLine, institution: Mention): RoleDraft {
  return { institution, role: entry.text, line: entry.line, hosts: [], collaborators: [], dated: false, described: false };
}

/** Stray short lines are not positions: a role needs details or a job-title word. */
function isEvidentPosition(role: RoleDraft): boolean {
  return role.dated || role.described || role.hosts.length > 0 || role.collaborators.length > 0 || looksLikeRole(role.role);
}

function toPositionDraft({ dated: _dated, described: _described, ...position }: RoleDraft): PositionDraft {
  return position;
}
