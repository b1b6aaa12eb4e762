import type { Message } from '../dictionary';
import type { exportsZh } from './exports-zh';

/** English interface text for exports, imports and the print view. */
export const exportsEn: Record<keyof typeof exportsZh, Message> = {
  navExport: 'Export',
  exportTitle: 'Export and import',
  exportIntro: 'Take your annotations elsewhere: W3C Web Annotation (JSON-LD) imports back into Rostrum or other tools; claims with a verdict export as schema.org ClaimReview; the print view prints to PDF from the browser.',
  exportTranscripts: 'By press conference',
  exportAnnotations: 'Annotations you can read (JSON-LD)',
  exportClaimReviews: 'Claim verdicts (ClaimReview)',
  exportPrint: 'Print view',
  exportMine: 'All my annotations (JSON-LD)',
  exportGroups: "Your groups' annotations",
  exportGroupLink: '{name} (JSON-LD)',
  importTitle: 'Import annotations',
  importIntro: 'Choose a W3C Web Annotation file. Annotations come in as your own private ones; if any one of them has a problem, nothing is imported; ones you already have are skipped, so importing twice makes no duplicates.',
  importFile: 'Web Annotation file',
  importSubmit: 'Import',
  importBusy: 'Importing…',
  importDone: 'Imported {created}, skipped {skipped} already there.',
  importSignIn: 'Sign in to import annotations.',
  printTitle: '{title} (print)',
  printNotes: 'Annotations',
  printBy: '{name}',
  printHighlight: '(highlight only)',
  printHint: "Use the browser's Print (Ctrl+P) to save as PDF.",
  printAnnotationCount: { one: '{n} annotation', other: '{n} annotations' },
};
