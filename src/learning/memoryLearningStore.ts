import { dayOf } from './day';
import { since } from './parseLearningEvent';
import type { LearningEvent, LearningStore } from './types';

/** Records in memory (STORAGE=memory, tests): gone on restart. */
export class MemoryLearningStore implements LearningStore {
  private events: LearningEvent[] = [];

  async append(event: LearningEvent): Promise<void> {
    this.events.push(structuredClone(event));
  }

  async list(from: Date): Promise<LearningEvent[]> {
    return since(structuredClone(this.events), from);
  }

  async purge(before: Date): Promise<number> {
    const lastKept = dayOf(before);
    const old = new Set(this.events.map((event) => dayOf(new Date(event.at))).filter((day) => day < lastKept));
    this.events = this.events.filter((event) => !old.has(dayOf(new Date(event.at))));
    return old.size;
  }

  async erase(conversation: string): Promise<number> {
    const before = this.events.length;
    this.events = this.events.filter((event) => event.conversation !== conversation);
    return before - this.events.length;
  }
}
