/**
 * The longest question answered, in characters, whatever the channel: nobody asks a FAQ question
 * in a thousand characters. A chat message longer than this is cut before matching; `POST /api/ask`
 * refuses it (400).
 */
export const maxQuestionLength = 1000;
