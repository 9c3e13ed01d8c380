// The shapes of the quiz bank as the extension and the page see them; mirrors questions.schema.json.
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'spot';

export interface Choice {
  id: string;
  text: string;
  correct: boolean;
  why: string;
}

export interface Question {
  id: string;
  section: string;
  type: QuestionType;
  prompt: string;
  snippet?: { language: string; code: string };
  choices: Choice[];
  explanation: string;
  topic: string;
  seed: boolean;
}

export interface Section {
  id: string;
  title: string;
}

export interface Bank {
  version: number;
  sections: Section[];
  questions: Question[];
}
