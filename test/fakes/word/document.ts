/** Fake Word.Document, its Body and the selection (a collapsed cursor inside one paragraph). */
import { FakeContentControlCollection } from "./contentControl";
import { location } from "./enums";
import { placeNextTo } from "./insert";
import { controlsIn, newParagraph, paragraphBefore, paragraphsIn, type Item, type ParagraphRef } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { WordObject, type Session } from "./session";

/** The cursor's Range; `paragraphs` is the paragraph holding it. */
export class FakeSelection extends WordObject<ParagraphRef> {
  protected readonly scalarNames = [];

  protected fetch(): never {
    throw new Error("The Word fake models no properties of the selection's range.");
  }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.session, () => [{ paragraph: this.state.cursor, table: null }]);
  }

  /** A new paragraph before or after the one holding the cursor (Word never splits it for this). */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): FakeParagraph {
    const where = location(["Before", "After"], insertLocation);
    return new FakeParagraph(this.session, this.produce([paragraphText, where], () => {
      const cursor = this.state.cursor;
      const paragraph = newParagraph(this.state, paragraphText, cursor);
      placeNextTo(this.state, cursor, where, paragraph);
      return { paragraph, table: null };
    }));
  }
}

export class FakeBody extends WordObject<Item[]> {
  protected readonly scalarNames = [];

  protected fetch(): never {
    throw new Error("The Word fake models no scalar properties of the body.");
  }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.session, () => paragraphsIn(this.state.body));
  }

  insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): FakeParagraph {
    const where = location(["Start", "End"], insertLocation);
    return new FakeParagraph(this.session, this.produce([paragraphText, where], (body) => {
      const paragraph = newParagraph(this.state, paragraphText, where === "End" ? paragraphBefore(body, body.length) : null);
      if (where === "Start") body.unshift(paragraph);
      else body.push(paragraph);
      return { paragraph, table: null };
    }));
  }
}

export class FakeDocument {
  constructor(private readonly session: Session) {}

  get body(): FakeBody {
    return new FakeBody(this.session, () => this.session.state.body);
  }

  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.session, () => controlsIn(this.session.state.body));
  }

  getSelection(): FakeSelection {
    return new FakeSelection(this.session, () => ({ paragraph: this.session.state.cursor, table: null }));
  }
}
