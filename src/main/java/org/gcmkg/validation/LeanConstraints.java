package org.gcmkg.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ShXone;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.ConstraintVisitor;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * Makes jena-shacl's constraints that ask whether a node conforms to another shape ({@code sh:or}, {@code sh:and},
 * {@code sh:not}, {@code sh:xone}, {@code sh:node}, {@code sh:qualifiedValueShape}) answer that question without
 * building a validation report as an RDF graph, which jena-shacl does for every value it checks (about a third of
 * the gate's SHACL time on a generated edition), and {@code sh:class}, which needs no walk of the class hierarchy
 * when the value has the class itself ({@link ClassOf}). Each is swapped, in the parsed shapes, for a subclass (for
 * qualified value shapes, a wrapper) that first validates the other shape into a nested context and reads whether it
 * recorded a result; when that says the constraint holds, nothing is reported, as before; when it does not hold,
 * the original jena-shacl code runs, so every result (its message, value and component) is the one jena-shacl gives.
 */
final class LeanConstraints {
    private LeanConstraints() {
    }

    /** Swaps the constraints in every shape of {@code shapes}, nested ones included; returns {@code shapes}. */
    static Shapes apply(Shapes shapes) {
        Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Shape> todo = new ArrayList<>(shapes.getShapeMap().values());
        shapes.getTargetShapes().forEach(todo::add);
        while (!todo.isEmpty()) {
            Shape shape = todo.remove(todo.size() - 1);
            if (!seen.add(shape)) {
                continue;
            }
            todo.addAll(shape.getPropertyShapes());
            Collection<Constraint> constraints = shape.getConstraints();
            List<Constraint> swapped = new ArrayList<>(constraints.size());
            boolean changed = false;
            for (Constraint c : constraints) {
                nested(c, todo);
                Constraint lean = lean(shape, c);
                changed |= lean != c;
                swapped.add(lean);
            }
            if (changed) {
                // The parsed shape's own collection, so jena-shacl's validation sees the swapped constraints, in
                // the same order.
                constraints.clear();
                constraints.addAll(swapped);
            }
        }
        return shapes;
    }

    private static void nested(Constraint c, List<Shape> todo) {
        if (c instanceof ConstraintOpN op) {
            todo.addAll(op.getOthers());
        } else if (c instanceof ConstraintOp1 op) {
            todo.add(op.getOther());
        } else if (c instanceof QualifiedValueShape q) {
            todo.add(q.getSub());
        } else if (c instanceof Qualified q) {
            todo.add(q.original.getSub());
        }
    }

    private static Constraint lean(Shape owner, Constraint c) {
        if (c.getClass() == ShOr.class) {
            return new Or(((ShOr) c).getOthers());
        }
        if (c.getClass() == ShAnd.class) {
            return new And(((ShAnd) c).getOthers());
        }
        if (c.getClass() == ShXone.class) {
            return new Xone(((ShXone) c).getOthers());
        }
        if (c.getClass() == ShNot.class) {
            return new Not(((ShNot) c).getOther());
        }
        if (c.getClass() == ShNode.class) {
            return new NodeOf(((ShNode) c).getOther());
        }
        if (c.getClass() == QualifiedValueShape.class) {
            return qualified(owner, (QualifiedValueShape) c);
        }
        if (c.getClass() == ClassConstraint.class) {
            return new ClassOf(((ClassConstraint) c).getExpectedClass());
        }
        return c;
    }

    /** The qualified counts as the shapes graph gives them; shapes with disjoint siblings keep jena-shacl's code. */
    private static Constraint qualified(Shape owner, QualifiedValueShape c) {
        Graph g = owner.getShapeGraph();
        Node s = owner.getShapeNode();
        if (!g.find(s, SHACL.qualifiedValueShape, Node.ANY).toList().stream()
                .allMatch(t -> t.getObject().equals(c.getSub().getShapeNode()))) {
            return c;
        }
        if (g.contains(s, SHACL.qualifiedValueShapesDisjoint, Node.ANY)
                && !g.find(s, SHACL.qualifiedValueShapesDisjoint, Node.ANY).toList().stream()
                        .allMatch(t -> t.getObject().isLiteral() && "false".equals(t.getObject().getLiteralLexicalForm()))) {
            return c;
        }
        Integer min = count(g, s, SHACL.qualifiedMinCount);
        Integer max = count(g, s, SHACL.qualifiedMaxCount);
        if (min == null || max == null) {
            return c;
        }
        return new Qualified(c, min, max);
    }

    /** The one integer value of {@code p} on {@code s}, -1 when there is none, null when it is not one integer. */
    private static Integer count(Graph g, Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        if (values.isEmpty()) {
            return -1;
        }
        if (values.size() > 1 || !values.get(0).isLiteral()
                || !(values.get(0).getLiteralValue() instanceof Number n)) {
            return null;
        }
        return n.intValue();
    }

    /** Whether {@code node} conforms to {@code shape}: validated into a nested context that keeps no report graph. */
    static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node node) {
        ValidationContext nested = ValidationContext.create(vCxt);
        ValidationProc.execValidateShape(nested, data, shape, node);
        return !nested.hasViolation();
    }

    private static final class Or extends ShOr {
        Or(List<Shape> shapes) {
            super(shapes);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            for (Shape s : others) {
                if (conforms(vCxt, data, s, node)) {
                    return null;
                }
            }
            return super.validate(vCxt, data, node);
        }
    }

    private static final class And extends ShAnd {
        And(List<Shape> shapes) {
            super(shapes);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            for (Shape s : others) {
                if (!conforms(vCxt, data, s, node)) {
                    return super.validate(vCxt, data, node);
                }
            }
            return null;
        }
    }

    private static final class Xone extends ShXone {
        Xone(List<Shape> shapes) {
            super(shapes);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            int conforming = 0;
            for (Shape s : others) {
                if (conforms(vCxt, data, s, node)) {
                    conforming++;
                }
            }
            return conforming == 1 ? null : super.validate(vCxt, data, node);
        }
    }

    private static final class Not extends ShNot {
        Not(Shape shape) {
            super(shape);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return conforms(vCxt, data, other, node) ? super.validate(vCxt, data, node) : null;
        }
    }

    /**
     * {@code sh:class}: jena-shacl collects every type of the value and all their superclasses, walking
     * {@code rdfs:subClassOf}, for each value it checks (a quarter of the gate's SHACL time on a generated edition);
     * nearly every value has the expected class as a type of its own, which one lookup tells. Otherwise jena-shacl's
     * own walk decides, and reports.
     */
    private static final class ClassOf extends ClassConstraint {
        ClassOf(Node expected) {
            super(expected);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            if (!node.isLiteral() && data.contains(node, RDF.Nodes.type, getExpectedClass())) {
                return null;
            }
            return super.validate(vCxt, data, node);
        }
    }

    private static final class NodeOf extends ShNode {
        NodeOf(Shape shape) {
            super(shape);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return conforms(vCxt, data, other, node) ? null : super.validate(vCxt, data, node);
        }
    }

    /**
     * {@code sh:qualifiedValueShape} with {@code sh:qualifiedMinCount}/{@code sh:qualifiedMaxCount}: jena-shacl's
     * class is final in what it validates, so this wraps it and lets it run only when the counts fail.
     */
    private static final class Qualified implements Constraint {
        private final QualifiedValueShape original;
        private final int min;
        private final int max;

        Qualified(QualifiedValueShape original, int min, int max) {
            this.original = original;
            this.min = min;
            this.max = max;
        }

        @Override
        public void validateNodeShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode) {
            original.validateNodeShape(vCxt, data, shape, focusNode);
        }

        @Override
        public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path,
                                          Set<Node> valueNodes) {
            int conforming = 0;
            for (Node v : valueNodes) {
                if (conforms(vCxt, data, original.getSub(), v)) {
                    conforming++;
                }
            }
            if ((min >= 0 && conforming < min) || (max >= 0 && conforming > max)) {
                original.validatePropertyShape(vCxt, data, shape, focusNode, path, valueNodes);
            }
        }

        @Override
        public Node getComponent() {
            return original.getComponent();
        }

        @Override
        public void visit(ConstraintVisitor visitor) {
            original.visit(visitor);
        }

        @Override
        public void print(IndentedWriter out, NodeFormatter formatter) {
            original.print(out, formatter);
        }

        @Override
        public void printCompact(IndentedWriter out, NodeFormatter formatter) {
            original.printCompact(out, formatter);
        }

        @Override
        public String toString() {
            return original.toString();
        }
    }
}
