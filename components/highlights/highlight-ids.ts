/** Id of the hidden element describing annotation `id`, rendered with its turn (aria-describedby of its marks). */
export const noteDescriptionId = (id: string) => `annotation-note-${id}`;

/** Id of annotation `id`'s card in the side panel (focused after saving or following a link). */
export const annotationCardId = (id: string) => `annotation-${id}`;
