// A botbuilder adapter with no transport of its own: a turn's outgoing activities are collected in
// memory and handed back to the core, which writes them to the outbox in the turn's transaction.
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from "botbuilder";

const outgoingKey = Symbol("tillit.outgoing");

export class TillitAdapter extends BotAdapter {
  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<{ context: TurnContext; outgoing: Partial<Activity>[] }> {
    const context = new TurnContext(this, activity);
    const outgoing: Partial<Activity>[] = [];
    context.turnState.set(outgoingKey, outgoing);
    await this.runMiddleware(context, logic);
    return { context, outgoing };
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outgoing = context.turnState.get(outgoingKey) as Partial<Activity>[] | undefined;
    if (!outgoing) throw new Error("sendActivities outside a Tillit turn");
    return activities.map((activity) => {
      outgoing.push(activity);
      return { id: `pending-${outgoing.length}` };
    });
  }

  async updateActivity(): Promise<void> {
    throw new Error("Sent messages cannot be edited: SMS has no edit");
  }

  async deleteActivity(): Promise<void> {
    throw new Error("Sent messages cannot be deleted: SMS has no delete");
  }

  async continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    // Proactive messages (nudges, staff replies) go straight to the outbox, never through a turn.
    throw new Error("Proactive turns are not used; write to the outbox instead");
  }
}
